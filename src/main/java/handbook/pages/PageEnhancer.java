package handbook.pages;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.List;
import java.util.Map;

/**
 * Adds what AsciiDoc does not give a reader: a link on every section heading, the on-page table of contents,
 * level and round badges on interview questions, and a reading time.
 */
public final class PageEnhancer {
    private static final Map<String, String> ROUND_NAMES = Map.of("concepts", "Concepts", "sql", "SQL",
            "coding", "Coding", "system-design", "System design", "behavioral", "Behavioral");
    private static final int WORDS_PER_MINUTE = 220;

    private PageEnhancer() {}

    public static void enhance(RenderedPage page) {
        Element article = page.html().selectFirst("article.doc");
        if (article == null) {
            return;
        }
        addHeadingAnchors(article);
        addQuestionBadges(article);
        Element toc = page.html().selectFirst("nav[data-toc]");
        if (toc != null) {
            fillToc(article, toc);
        }
        Element meta = page.html().selectFirst("[data-doc-meta]");
        if (meta != null) {
            int words = WordCounter.proseWords(article);
            int questions = article.select("details.question").size();
            meta.removeAttr("data-doc-meta");
            meta.text(Math.max(1, Math.round(words / (float) WORDS_PER_MINUTE)) + " min read · " + words + " words"
                    + (questions > 0 ? " · " + questions + (questions == 1 ? " interview question" : " interview questions") : ""));
        }
    }

    private static void addHeadingAnchors(Element article) {
        for (Element h : article.select("h2[id], h3[id], h4[id]")) {
            if (h.selectFirst("a.heading-anchor") == null) {
                h.appendElement("a").addClass("heading-anchor").attr("href", "#" + h.id())
                        .attr("aria-label", "Link to the section " + h.text()).text("#");
            }
        }
    }

    private static void addQuestionBadges(Element article) {
        for (Element details : article.select("details.question")) {
            Element summary = details.selectFirst("summary");
            if (summary == null || summary.selectFirst(".badges") != null) {
                continue;
            }
            Element badges = summary.appendElement("span").addClass("badges");
            for (String cls : details.classNames()) {
                if (cls.startsWith("level-")) {
                    String level = cls.substring("level-".length());
                    // Screen readers hear "…first? Level: Mid. Round: Concepts", not "…first?MidConcepts" (review F21).
                    badges.appendElement("span").addClass("visually-hidden").text(" Level: ");
                    badges.appendElement("span").addClass("badge").addClass(cls)
                            .text(Character.toUpperCase(level.charAt(0)) + level.substring(1));
                } else if (cls.startsWith("round-")) {
                    badges.appendElement("span").addClass("visually-hidden").text(". Round: ");
                    badges.appendElement("span").addClass("badge").addClass("badge-round")
                            .text(ROUND_NAMES.getOrDefault(cls.substring("round-".length()), cls));
                }
            }
        }
    }

    private static void fillToc(Element article, Element toc) {
        Elements headings = article.select("h2[id], h3[id]");
        toc.removeAttr("data-toc");
        if (headings.isEmpty()) {
            toc.remove();
            return;
        }
        toc.appendElement("p").addClass("toc-title").text("On this page");
        Element list = toc.appendElement("ol");
        Element lastTop = null;
        for (Element h : headings) {
            boolean nested = h.tagName().equals("h3") && lastTop != null;
            Element parentList = list;
            if (nested) {
                parentList = lastTop.selectFirst("ol");
                if (parentList == null) {
                    parentList = lastTop.appendElement("ol");
                }
            }
            Element li = parentList.appendElement("li");
            li.appendElement("a").attr("href", "#" + h.id()).text(headingText(h));
            if (h.tagName().equals("h2")) {
                lastTop = li;
            }
        }
    }

    /** A heading's own text, without the anchor link added to it. */
    public static String headingText(Element h) {
        Element copy = h.clone();
        copy.select("a.heading-anchor").remove();
        return copy.text();
    }

    static List<String> roundNames() {
        return List.copyOf(ROUND_NAMES.values());
    }
}
