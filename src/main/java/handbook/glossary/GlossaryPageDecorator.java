package handbook.glossary;

import handbook.pages.RenderedPage;
import org.jsoup.nodes.Element;

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
        Element bar = tools.appendElement("nav").addClass("letter-bar-nav").attr("aria-label", "Glossary letters")
                .appendElement("ul").addClass("letter-bar");
        for (char c = 'A'; c <= 'Z'; c++) {
            String id = "letter-" + Character.toLowerCase(c);
            Element li = bar.appendElement("li");
            if (article.getElementById(id) != null) {
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
        downloads.appendElement("a").attr("href", FlashcardExporter.JSON_FILE).attr("download", "")
                .text("All terms (JSON)");
        if (header != null) {
            header.after(tools);
        }
        Map<String, Element> headings = GlossaryTexts.headingsById(page);
        for (Term t : glossary.terms()) {
            Element heading = headings.get(t.anchor());
            if (heading == null || heading.parent() == null) {
                continue;
            }
            Element entry = heading.parent();
            entry.attr("data-names", String.join("|", t.names()).toLowerCase(Locale.ROOT));
            Element used = entry.appendElement("div").addClass("term-backlinks");
            List<Backlink> links = backlinks.getOrDefault(t.id(), List.of());
            used.appendElement("p").addClass("term-backlinks-title").text(links.isEmpty() ? "Not used in a chapter yet" : "Used in");
            if (!links.isEmpty()) {
                Element list = used.appendElement("ul");
                links.stream().map(b -> Map.entry(b.href(), b.pageTitle() + (b.sectionTitle().isEmpty() ? "" : " › " + b.sectionTitle())))
                        .distinct()
                        .forEach(e -> list.appendElement("li").appendElement("a").attr("href", e.getKey()).text(e.getValue()));
            }
        }
    }
}
