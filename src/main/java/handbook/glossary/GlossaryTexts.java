package handbook.glossary;

import handbook.pages.RenderedPage;
import org.jsoup.nodes.Element;

import java.util.Map;
import java.util.TreeMap;

/** Reads the rendered longer definitions back off the glossary page, as plain text (for exports and search). */
public final class GlossaryTexts {
    private GlossaryTexts() {}

    public static Map<String, String> longDefinitions(RenderedPage glossaryPage, Glossary glossary) {
        Map<String, String> texts = new TreeMap<>();
        for (Term t : glossary.terms()) {
            Element heading = glossaryPage.html().getElementById(t.anchor());
            if (heading == null || heading.parent() == null) {
                continue;
            }
            Element entry = heading.parent().clone();
            entry.select("h3, .term-short, .term-facts, .term-backlinks").remove();
            texts.put(t.id(), entry.text().strip());
        }
        return texts;
    }
}
