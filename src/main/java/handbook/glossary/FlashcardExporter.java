package handbook.glossary;

import handbook.build.Json;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The glossary as flashcards: a CSV that Anki imports (front, back, tags; Anki's header lines tell it so)
 * and a JSON file for other tools.
 */
public final class FlashcardExporter {
    public static final String CSV_FILE = "glossary-flashcards.csv";
    public static final String JSON_FILE = "glossary.json";

    private FlashcardExporter() {}

    /** @param longText plain-text longer definitions by term id, taken from the rendered glossary page */
    public static String csv(Glossary glossary, Map<String, String> longText) {
        StringBuilder sb = new StringBuilder("#separator:Comma\n#html:true\n#columns:Front,Back,Tags\n#tags column:3\n");
        HtmlEscaper escaper = new HtmlEscaper();
        for (Term t : glossary.terms()) {
            String front = escaper.escape(t.name()) + (t.aliases().isEmpty() ? "" : "<br><small>" + escaper.escape(String.join(", ", t.aliases())) + "</small>");
            String back = "<b>" + escaper.escape(t.shortDefinition()) + "</b><br><br>" + escaper.escape(longText.getOrDefault(t.id(), ""));
            String tags = "sde-handbook" + t.tags().stream().map(x -> " sde-handbook::" + x).reduce("", String::concat);
            sb.append(field(front)).append(',').append(field(back)).append(',').append(field(tags)).append('\n');
        }
        return sb.toString();
    }

    public static String json(Glossary glossary, Map<String, String> longText, Map<String, List<Backlink>> backlinks) {
        List<Object> terms = new ArrayList<>();
        for (Term t : glossary.terms()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", t.id());
            m.put("name", t.name());
            m.put("aliases", t.aliases());
            m.put("short", t.shortDefinition());
            m.put("long", longText.getOrDefault(t.id(), ""));
            m.put("seeAlso", t.seeAlso());
            m.put("contrastWith", t.contrastWith());
            m.put("tags", t.tags());
            m.put("url", "glossary.html#" + t.anchor());
            m.put("usedIn", backlinks.getOrDefault(t.id(), List.of()).stream().map(Backlink::href).distinct().toList());
            terms.add(m);
        }
        return Json.write(Map.of("terms", terms));
    }

    /**
     * A quoted CSV field. A cell that starts with {@code = + - @}, a tab or a carriage return is read as a formula by
     * spreadsheets, even quoted: it gets a leading apostrophe (OWASP's CSV injection guidance).
     */
    static String field(String s) {
        String safe = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    /**
     * Text as jsoup writes it inside an element ({@code <span>} text: entities escaped, white space normalised as
     * its pretty printer does). One detached element is reused: parsing an empty document per field, as before, was
     * most of the export's time, and a detached element is written with a new document's output settings either way.
     */
    static final class HtmlEscaper {
        private final Element span = new Element("span");

        String escape(String s) {
            return span.text(s).html();
        }
    }
}
