package handbook.glossary;

import handbook.pages.RenderedPage;
import org.jsoup.nodes.Element;

import java.util.Map;
import java.util.TreeMap;

/** Reads the rendered longer definitions back off the glossary page, as plain text (for exports and search). */
public final class GlossaryTexts {
    private GlossaryTexts() {}

    /** The entries' headings by id, found in one pass (looking each up would walk the large page per term). */
    static Map<String, Element> headingsById(RenderedPage glossaryPage) {
        Map<String, Element> byId = new java.util.HashMap<>();
        glossaryPage.html().select(".glossary-entry > h3[id]").forEach(h -> byId.put(h.id(), h));
        return byId;
    }

    public static Map<String, String> longDefinitions(RenderedPage glossaryPage, Glossary glossary) {
        Map<String, String> texts = new TreeMap<>();
        Map<String, Element> headings = headingsById(glossaryPage);
        for (Term t : glossary.terms()) {
            Element heading = headings.get(t.anchor());
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
