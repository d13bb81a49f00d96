package handbook.glossary;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the glossary page as AsciiDoc, one section per letter and one per term, so the longer definitions are
 * rendered by the same Asciidoctor pipeline as chapters. Backlinks and the filter are added after the bake.
 */
public final class GlossaryPageSource {
    public static final String FILE = "content/glossary.adoc";
    public static final String URI = "glossary.html";

    private GlossaryPageSource() {}

    public static String of(Glossary glossary) {
        return of(glossary, Map.of());
    }

    /** @param partTitles a part's title by its id, so an entry names its parts as readers know them */
    public static String of(Glossary glossary, Map<String, String> partTitles) {
        return build(glossary, partTitles, new java.util.ArrayList<>());
    }

    /** Where a term's text landed in the generated page: its short definition's line and its body's lines. */
    private record Span(Term term, int shortLine, int bodyFirst, int bodyLast) {}

    /**
     * Problems found in the generated page, moved to the term file the text came from: the {@code :short:} line, or
     * the body's own line. Other problems are returned unchanged.
     */
    public static List<handbook.build.Problem> relocate(List<handbook.build.Problem> problems, Glossary glossary,
                                                        java.nio.file.Path projectDir) {
        List<Span> spans = new java.util.ArrayList<>();
        build(glossary, Map.of(), spans); // part titles come after the body: lines are the same
        return problems.stream().map(p -> {
            if (!p.file().equals(FILE)) {
                return p;
            }
            for (Span span : spans) {
                if (p.line() == span.shortLine()) {
                    return new handbook.build.Problem(p.severity(), span.term().source(),
                            termLines(projectDir, span.term()).shortLine(), p.message());
                }
                if (p.line() >= span.bodyFirst() && p.line() <= span.bodyLast()) {
                    return new handbook.build.Problem(p.severity(), span.term().source(),
                            termLines(projectDir, span.term()).bodyFirst() + p.line() - span.bodyFirst(), p.message());
                }
            }
            return p;
        }).toList();
    }

    private record TermLines(int shortLine, int bodyFirst) {}

    private static TermLines termLines(java.nio.file.Path projectDir, Term term) {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(projectDir.resolve(term.source()));
            var header = handbook.content.AdocHeaderReader.read(lines);
            int shortLine = header.attribute("short").map(handbook.content.AdocHeader.Entry::line).orElse(1);
            int bodyStart = header.attributes().values().stream().mapToInt(handbook.content.AdocHeader.Entry::line)
                    .max().orElse(header.titleLine());
            int first = bodyStart; // 0-based index of the line after the header
            while (first < lines.size() && lines.get(first).isBlank()) {
                first++;
            }
            return new TermLines(shortLine, first + 1);
        } catch (java.io.IOException e) {
            return new TermLines(0, 0);
        }
    }

    /** The line the end of a growing text is on, counting only the characters appended since it last looked. */
    private static final class LineCounter {
        private int counted;
        private int newlines;

        int lineOf(StringBuilder sb) {
            for (int i = counted; i < sb.length(); i++) {
                if (sb.charAt(i) == '\n') {
                    newlines++;
                }
            }
            counted = sb.length();
            return newlines + 1;
        }
    }

    private static String build(Glossary glossary, Map<String, String> partTitles, List<Span> spans) {
        StringBuilder sb = new StringBuilder();
        LineCounter lines = new LineCounter(); // counting every line again per term was quadratic (~0.3 s per build)
        sb.append("= Glossary\n:jbake-type: glossary\n")
          .append(":summary: Every term the handbook uses, A to Z: a one-line definition, the full explanation, "
                  + "related terms and the chapters that use it.\n\n");
        sb.append("Hover over, tap or focus a term in any chapter to see its one-line definition; this page has the "
                + "full entry and links to every section that uses the term. Use the filter box to narrow the list by "
                + "name or abbreviation.\n\n");
        Map<String, List<Term>> byLetter = new TreeMap<>();
        for (Term t : glossary.terms()) {
            byLetter.computeIfAbsent(Glossary.letterOf(t), k -> new java.util.ArrayList<>()).add(t);
        }
        for (Map.Entry<String, List<Term>> letter : byLetter.entrySet()) {
            String id = letter.getKey().equals("#") ? "letter-0" : "letter-" + letter.getKey().toLowerCase(java.util.Locale.ROOT);
            sb.append("[#").append(id).append(".glossary-letter]\n== ").append(letter.getKey()).append("\n\n");
            for (Term t : letter.getValue()) {
                sb.append("[#").append(t.anchor()).append(".glossary-entry]\n=== ").append(escapeTitle(t.name())).append("\n\n");
                sb.append("[.term-short]\n");
                int shortLine = lines.lineOf(sb);
                sb.append(t.shortDefinition()).append("\n\n");
                int bodyFirst = lines.lineOf(sb);
                sb.append(t.body()).append("\n\n");
                spans.add(new Span(t, shortLine, bodyFirst, lines.lineOf(sb) - 2));
                sb.append("[.term-facts]\n");
                if (!t.aliases().isEmpty()) {
                    sb.append("Also called:: ").append(String.join(", ", t.aliases())).append("\n");
                }
                if (!t.seeAlso().isEmpty()) {
                    sb.append("See also:: ").append(refs(t.seeAlso())).append("\n");
                }
                if (!t.contrastWith().isEmpty()) {
                    sb.append("Contrast with:: ").append(refs(t.contrastWith())).append("\n");
                }
                sb.append(t.tags().size() > 1 ? "Parts:: " : "Part:: ").append(t.tags().isEmpty() ? "General"
                        : String.join(", ", t.tags().stream().map(tag -> partTitles.getOrDefault(tag, tag)).toList())).append("\n\n");
            }
        }
        return sb.toString();
    }

    private static String refs(List<String> ids) {
        return String.join(", ", ids.stream().map(id -> "term:" + id + "[]").toList());
    }

    private static String escapeTitle(String name) {
        return name.replace("*", "{asterisk}").replace("_", "{underscore}");
    }
}
