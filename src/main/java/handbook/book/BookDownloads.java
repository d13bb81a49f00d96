package handbook.book;

import handbook.build.Problems;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The site's side of the book: copies a built {@code handbook.pdf} and {@code handbook.epub} into the site and
 * describes them for the home page's links (format and size). A site built without a book has no links.
 */
public final class BookDownloads {
    /** The template data: {@code files}, each with {@code href}, {@code format}, {@code sizeLabel}. */
    public static final String DATA_FILE = "data/book.yml";
    private static final List<String[]> FILES = List.of(
            new String[] {BookConverter.Format.PDF.fileName, "PDF"},
            new String[] {BookConverter.Format.EPUB.fileName, "EPUB"});

    private BookDownloads() {}

    /** What the home page links; a book folder without both files is an error (build it with -Pbook). */
    public static Map<String, Object> data(Optional<Path> book, Problems problems) {
        List<Object> files = new ArrayList<>();
        if (book.isPresent()) {
            for (String[] f : FILES) {
                Path file = book.get().resolve(f[0]);
                if (!Files.isRegularFile(file)) {
                    problems.error(f[0], 0, "the book was asked for but " + file.getFileName() + " is not in "
                            + book.get().getFileName() + "/: build it with mvn package -Pbook");
                    continue;
                }
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("href", f[0]);
                entry.put("format", f[1]);
                entry.put("sizeLabel", size(file)); // not "size": templates would see the map's size()
                files.add(entry);
            }
        }
        return Map.of("files", files);
    }

    /** Copies the book's files into the site being built. */
    public static void copy(Optional<Path> book, Path site) {
        if (book.isEmpty()) {
            return;
        }
        try {
            for (String[] f : FILES) {
                Path file = book.get().resolve(f[0]);
                if (Files.isRegularFile(file)) {
                    Files.copy(file, site.resolve(f[0]), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "3.4 MB", "820 KB": what a reader on a metered connection wants to know before the click. */
    static String size(Path file) {
        try {
            long bytes = Files.size(file);
            return bytes >= 1024 * 1024
                    ? String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0))
                    : String.format(Locale.ROOT, "%d KB", Math.max(1, Math.round(bytes / 1024.0)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
