package handbook.scaffold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** What both scaffolds share: names checked the way the content scanner checks them, and writing without overwriting. */
final class ScaffoldFiles {
    /** The scanner's rule for chapter slugs, part folders and term ids. */
    static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private ScaffoldFiles() {}

    /** {@code "Change Data Capture (CDC) & Debezium"} → {@code change-data-capture-cdc-debezium}; accents dropped. */
    static String slugOf(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** A one-line, non-empty title or name, stripped; refused with a message naming {@code what} otherwise. */
    static String singleLine(String value, String what) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new IllegalArgumentException("the " + what + " is empty");
        }
        if (v.contains("\n") || v.contains("\r")) {
            throw new IllegalArgumentException("the " + what + " must be one line");
        }
        if (v.startsWith("=") || v.startsWith(":") || v.startsWith("//")) {
            throw new IllegalArgumentException("the " + what + " may not start with '" + v.charAt(0) + "': '" + v + "'");
        }
        return v;
    }

    /** Writes a new file; an existing file is never replaced. */
    static void writeNew(Path projectDir, Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalArgumentException(relative(projectDir, file) + " already exists: it is not overwritten");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String relative(Path projectDir, Path file) {
        return projectDir.relativize(file).toString().replace('\\', '/');
    }
}
