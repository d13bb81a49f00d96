package handbook.glossary;

import handbook.pages.RenderedPage;
import org.jsoup.nodes.Element;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Finishes the glossary page: letter bar, filter box, downloads, and "Used in" backlinks under every entry. */
public final class GlossaryPageDecorator {
    private GlossaryPageDecorator() {}

    public static void decorate(RenderedPage page, Glossary glossary, Map<String, List<Backlink>> backlinks) {
        Element article = page.html().selectFirst("article.doc");
        if (article == null) {
            return;
        }
        Element header = article.selectFirst("header.doc-header");
        Element tools = new Element("div").addClass("glossary-tools");
        // The letters are the article's child, not the tools': that way they stay stuck under the header all the way down.
        Element letters = new Element("nav").addClass("letter-bar-nav").attr("aria-label", "Glossary letters");
        Element bar = letters.appendElement("ul").addClass("letter-bar");
        // one walk of the large page for the letters' anchors, not one per letter
        java.util.Set<String> letterIds = new java.util.HashSet<>(article.select("[id^=letter-]").eachAttr("id"));
        for (char c = 'A'; c <= 'Z'; c++) {
            String id = "letter-" + Character.toLowerCase(c);
            Element li = bar.appendElement("li");
            if (letterIds.contains(id)) {
                li.appendElement("a").attr("href", "#" + id).text(String.valueOf(c));
            } else {
                li.appendElement("span").attr("aria-hidden", "true").text(String.valueOf(c));
            }
        }
        Element filter = tools.appendElement("div").addClass("glossary-filter").attr("role", "search");
        filter.appendElement("label").attr("for", "glossary-filter-input").text("Filter the glossary");
        filter.appendElement("input").attr("id", "glossary-filter-input").attr("type", "search")
                .attr("autocomplete", "off").attr("placeholder", "Name or abbreviation, e.g. CDC")
                .attr("aria-describedby", "glossary-filter-count");
        filter.appendElement("p").attr("id", "glossary-filter-count").addClass("glossary-filter-count")
                .attr("role", "status").attr("aria-live", "polite").text(glossary.terms().size() + " terms");
        Element downloads = tools.appendElement("p").addClass("glossary-downloads");
        downloads.appendText("Study with flashcards: ");
        downloads.appendElement("a").attr("href", FlashcardExporter.CSV_FILE).attr("download", "")
                .text("Anki deck (CSV)");
        downloads.appendText(" · For your own tools: ");
        downloads.appendElement("a").attr("href", FlashcardExporter.JSON_FILE).attr("download", "")
                .text("all terms (JSON)");
        if (header != null) {
            header.after(tools);
            header.after(letters);
        }
        Map<String, Element> headings = GlossaryTexts.headingsById(page);
        for (Term t : glossary.terms()) {
            Element heading = headings.get(t.anchor());
            if (heading == null || heading.parent() == null) {
                continue;
            }
            Element entry = heading.parent();
            entry.attr("data-names", String.join("|", t.names()).toLowerCase(Locale.ROOT));
            Element shortDefinition = entry.selectFirst("> .term-short");
            if (shortDefinition != null) { // what the page's tooltips show (no hidden copy of every definition)
                shortDefinition.attr("id", "tip-" + t.id()).attr("data-name", t.name());
            }
            appendBacklinks(entry, t.id(), backlinks.getOrDefault(t.id(), List.of()));
        }
    }

    /** The file the glossary page loads its "Used in" lists from, when a reader opens one. */
    public static final String BACKLINKS_FILE = "glossary-backlinks.json";

    /**
     * "Used in": a collapsed {@code <details>} that names how many sections use the term; its list (chapters, each
     * title once, with their sections) loads from {@link #BACKLINKS_FILE} when opened, which keeps 170 KB of links
     * and 2,000 nodes out of a page readers open on phones.
     */
    private static void appendBacklinks(Element entry, String termId, List<Backlink> links) {
        if (links.isEmpty()) {
            entry.appendElement("p").addClass("term-backlinks").addClass("term-backlinks-none").text("Not used in a chapter yet");
            return;
        }
        Map<String, Map<String, Backlink>> byPage = byPage(links);
        int sections = byPage.values().stream().mapToInt(Map::size).sum();
        Element used = entry.appendElement("details").addClass("term-backlinks").attr("data-term", termId);
        used.appendElement("summary").addClass("term-backlinks-title").text("Used in " + sections
                + (sections == 1 ? " section" : " sections") + (byPage.size() > 1 ? " of " + byPage.size() + " chapters" : ""));
    }

    private static Map<String, Map<String, Backlink>> byPage(List<Backlink> links) {
        Map<String, Map<String, Backlink>> byPage = new LinkedHashMap<>();
        for (Backlink b : links) {
            byPage.computeIfAbsent(b.pageUri(), k -> new LinkedHashMap<>()).putIfAbsent(b.href(), b);
        }
        return byPage;
    }

    /**
     * The "Used in" lists: term id → chapters in reading order of first use, each {@code {"u": page, "t": title,
     * "s": [[section id, section title], …]}}.
     */
    public static Map<String, List<Map<String, Object>>> backlinksData(Map<String, List<Backlink>> backlinks) {
        Map<String, List<Map<String, Object>>> out = new java.util.TreeMap<>();
        backlinks.forEach((term, links) -> {
            List<Map<String, Object>> pages = new java.util.ArrayList<>();
            byPage(links).forEach((uri, sections) -> {
                Map<String, Object> page = new java.util.TreeMap<>();
                page.put("u", uri);
                page.put("t", sections.values().iterator().next().pageTitle());
                page.put("s", sections.values().stream().map(b -> List.of(b.sectionId(), b.sectionTitle())).toList());
                pages.add(page);
            });
            out.put(term, pages);
        });
        return out;
    }
}
