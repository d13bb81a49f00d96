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
        StringBuilder sb = new StringBuilder();
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
                sb.append("[.term-short]\n").append(t.shortDefinition()).append("\n\n");
                sb.append(t.body()).append("\n\n");
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
