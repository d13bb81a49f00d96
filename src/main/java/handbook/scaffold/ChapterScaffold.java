package handbook.scaffold;

import handbook.content.AdocHeaderReader;
import handbook.content.ContentScanner;
import handbook.lint.PlaceholderRule;
import handbook.lint.QuestionRule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code handbook new-chapter}: writes {@code content/<part>/<slug>.adoc} with the next free {@code :order:} of the
 * part (the highest plus 10), every required section with short guidance comments, and six question skeletons.
 * Where the author's text goes it writes {@link PlaceholderRule#MARKER} placeholders, which the lint reports line
 * by line until they are replaced: the file previews at once, but cannot pass CI unfinished.
 */
public final class ChapterScaffold {
    public static final int ORDER_STEP = 10;
    private static final String M = PlaceholderRule.MARKER;

    private ChapterScaffold() {}

    /** Creates the chapter; the slug is made from the title. Returns the new file. */
    public static Path create(Path projectDir, String partId, String title) {
        String slug = ScaffoldFiles.slugOf(ScaffoldFiles.singleLine(title, "title"));
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("the title '" + title.strip() + "' has no letters or digits to make a file "
                    + "name from: give a slug as well");
        }
        return create(projectDir, partId, title, slug);
    }

    /** Creates the chapter with an explicit slug (the file name and URL). Returns the new file. */
    public static Path create(Path projectDir, String partId, String title, String slug) {
        String cleanTitle = ScaffoldFiles.singleLine(title, "title");
        Path content = projectDir.resolve("content");
        List<String> parts = parts(content);
        if (!parts.contains(partId)) {
            throw new IllegalArgumentException("unknown part '" + partId + "': use one of " + parts);
        }
        if (!ScaffoldFiles.KEBAB.matcher(slug).matches()) {
            throw new IllegalArgumentException("invalid chapter slug '" + slug + "': it becomes the URL, so use lower-case "
                    + "letters, digits and single hyphens (e.g. change-data-capture)");
        }
        for (String part : parts) {
            Path existing = content.resolve(part).resolve(slug + ".adoc");
            if (Files.exists(existing)) {
                throw new IllegalArgumentException(ScaffoldFiles.relative(projectDir, existing)
                        + " already exists (chapter slugs are unique across parts): choose another title or slug");
            }
        }
        Path file = content.resolve(partId).resolve(slug + ".adoc");
        ScaffoldFiles.writeNew(projectDir, file, text(cleanTitle, nextOrder(content.resolve(partId))));
        return file;
    }

    /** The highest {@code :order:} of the part's chapters plus {@link #ORDER_STEP} ({@code 10} for an empty part). */
    static int nextOrder(Path partDir) {
        int max = 0;
        for (Path f : list(partDir)) {
            String name = f.getFileName().toString();
            if (name.endsWith(".adoc") && !name.equals("index.adoc")) {
                try {
                    String value = AdocHeaderReader.read(Files.readAllLines(f)).value("order", "");
                    max = Math.max(max, Integer.parseInt(value.strip()));
                } catch (NumberFormatException ignored) {
                    // a chapter without a valid order is reported by the scanner, not counted here
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return max + ORDER_STEP;
    }

    private static List<String> parts(Path content) {
        return list(content).stream()
                .filter(d -> Files.isRegularFile(d.resolve("index.adoc")))
                .map(d -> d.getFileName().toString())
                .filter(n -> !n.equals(ContentScanner.GLOSSARY_FOLDER) && !n.startsWith(ContentScanner.PARTIALS_PREFIX))
                .sorted().toList();
    }

    private static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String title, int order) {
        StringBuilder sb = new StringBuilder();
        sb.append("= ").append(title).append('\n')
          .append(":order: ").append(order).append('\n')
          .append(":summary: ").append(M).append(": one plain sentence, at most 300 characters, shown on the part page and in search.\n")
          .append(":checked: ").append(M).append(" the month you checked the facts, YYYY-MM\n")
          .append(":versions: ").append(M).append(" the technologies and versions the facts are true for, e.g. Apache Kafka 4.2; Apache Spark 4.1\n")
          .append("// :keywords: optional comma-separated extra search words\n\n")
          .append("// The exact format is in docs/authoring.md and the quality bar in CONTRIBUTING.md: aim for 2,000-3,000 words\n")
          .append("// of original prose. Replace every ").append(M).append(" line; `./mvnw -q compile exec:exec@lint` lists those left.\n\n");
        section(sb, "Why it matters in the interview", "Two or three sentences: what the interviewer is probing with this topic.",
                "what the interviewer is probing, in two or three sentences.");
        section(sb, M + ": a core concept, named after the topic",
                "From first principles, with the trade-offs named; add one == section per concept, with === subsections.\n"
                + "// Include at least one comparison table and one diagram (a [.diagram] literal block or an SVG in images/).\n"
                + "// Reference a glossary term the first time a section uses it, with the term macro and the term's id.",
                "explain the concept.");
        section(sb, "Worked example: " + M + ": what the example shows",
                "Runnable SQL, code, configuration or a design walk-through, with the expected result.\n"
                + "// A SQL or Python result shown here should be a checked listing (docs/authoring.md, Checked examples).",
                "set the scene, then give the example and its result.");
        section(sb, "Senior signals", "Failure modes, cost and operability: what a senior answer adds.",
                "what a senior answer adds.");
        sb.append("== Interview questions\n\n")
          .append("// At least ").append(QuestionRule.CHAPTER_MINIMUM).append(". level: mid, senior or staff; ")
          .append("round: concepts, sql, coding, system-design or behavioral.\n")
          .append("// The line starting with '.' is the question; the model answer goes between the ==== lines.\n\n");
        for (int i = 0; i < QuestionRule.CHAPTER_MINIMUM; i++) {
            sb.append("[.question%collapsible,level=senior,round=concepts]\n")
              .append('.').append(M).append(": the question, as the interviewer would ask it?\n")
              .append("====\n")
              .append(M).append(": the model answer, said out loud: the direct answer, the reasoning, the trade-off, what you would monitor.\n")
              .append("====\n\n");
        }
        section(sb, "Common pitfalls", "The mistakes candidates and teams make, and how to avoid each.", "the common mistakes.");
        section(sb, "Further reading", "Books and documentation, naming the chapters worth reading.",
                "books and documentation, with the chapters worth reading.");
        return sb.toString().stripTrailing() + "\n";
    }

    private static void section(StringBuilder sb, String heading, String guidance, String placeholder) {
        sb.append("== ").append(heading).append("\n\n")
          .append("// ").append(guidance).append('\n')
          .append(M).append(": ").append(placeholder).append("\n\n");
    }
}
