package handbook.content;

import handbook.build.Problems;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Sizes the build accepts, checked before the lint or Asciidoctor read anything: a source file, a source line (the
 * lint's regular expressions then run in time linear in the file), an image, and a published page; and no attribute
 * entry built from other attributes (the "billion laughs": nine lines of {@code :aN: {aN-1}{aN-1}…} make 100 MB).
 */
public final class ContentLimits {
    public static final long MAX_SOURCE_BYTES = 512 * 1024;
    public static final int MAX_LINE_CHARS = 8_000;
    public static final long MAX_IMAGE_BYTES = 2 * 1024 * 1024;
    /** The largest page the site publishes, in bytes of HTML (the glossary, the largest page, is about 0.6 MB). */
    public static final int MAX_PAGE_BYTES = 2 * 1024 * 1024;

    private static final java.util.regex.Pattern ATTRIBUTE_ENTRY = java.util.regex.Pattern.compile("[ \\t]*:[^:\\s]+:");

    private ContentLimits() {}

    /** A raster image starts with its format's signature (a "png" holding HTML could be served and sniffed). */
    private static boolean isWhatItsNameSays(Path file, String ext) throws IOException {
        byte[] head = new byte[12];
        int n;
        try (var in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        String ascii = new String(head, 0, n, StandardCharsets.ISO_8859_1);
        return switch (ext) {
            case "png" -> ascii.startsWith("\u0089PNG\r\n\u001a\n");
            case "jpg", "jpeg" -> n >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8 && (head[2] & 0xff) == 0xff;
            case "gif" -> ascii.startsWith("GIF87a") || ascii.startsWith("GIF89a");
            case "webp" -> ascii.startsWith("RIFF") && n >= 12 && ascii.substring(8, 12).equals("WEBP");
            default -> true; // SVG is read as XML by the SVG check
        };
    }

    /** Checks every file under content/ (run after {@link ContentAllowlist}, so only allowed files are there). */
    public static void check(Path projectDir, Problems problems) {
        Path content = projectDir.resolve("content");
        if (!Files.isDirectory(content)) {
            return;
        }
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String rel = projectDir.relativize(file).toString().replace('\\', '/');
                long size = Files.size(file);
                if (!rel.endsWith(".adoc")) {
                    if (size > MAX_IMAGE_BYTES) {
                        problems.error(rel, 0, "the image is " + size / 1024 + " KB; the limit is " + MAX_IMAGE_BYTES / 1024 + " KB");
                    } else if (!isWhatItsNameSays(file, rel.substring(rel.lastIndexOf('.') + 1))) {
                        problems.error(rel, 0, "the file's content is not what its extension says (" + file.getFileName()
                                + "): publish only real images");
                    }
                    continue;
                }
                if (size > MAX_SOURCE_BYTES) {
                    problems.error(rel, 0, "the file is " + size / 1024 + " KB; the limit is " + MAX_SOURCE_BYTES / 1024
                            + " KB: split it into chapters");
                    if (size > 16 * MAX_SOURCE_BYTES) {
                        continue; // too large to look at its lines
                    }
                }
                List<String> lines = List.of(Files.readString(file, StandardCharsets.UTF_8).split("\n", -1));
                boolean inEntry = false;
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.length() > MAX_LINE_CHARS) {
                        problems.error(rel, i + 1, "the line has " + line.length() + " characters; the limit is "
                                + MAX_LINE_CHARS + ": break it into shorter lines");
                        continue;
                    }
                    boolean entry = inEntry || ATTRIBUTE_ENTRY.matcher(line).lookingAt();
                    if ((entry && line.contains("{")) || line.contains("{set:")) {
                        problems.error(rel, i + 1, "an attribute may not be defined from other attributes: "
                                + "nested attributes can expand a few lines into gigabytes");
                    }
                    inEntry = entry && (line.endsWith(" \\") || line.endsWith(" +"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
