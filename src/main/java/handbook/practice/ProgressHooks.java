package handbook.practice;

import handbook.content.Chapter;
import handbook.content.SiteContent;
import handbook.pages.RenderedPage;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gives the browser what it needs to show progress without loading the question bank: every link to a chapter
 * in the sidebar and on cards gets {@code data-chapter} (its site-relative URL) and {@code data-questions} (how many
 * practice cards it has); links to a part get {@code data-part} and the part's total. The script decorates them.
 */
final class ProgressHooks {
    private ProgressHooks() {}

    static void add(SiteContent site, List<RenderedPage> pages, List<Question> questions) {
        Map<String, Integer> perChapter = new TreeMap<>();
        Map<String, Integer> perPart = new TreeMap<>();
        for (Question q : questions) {
            perChapter.merge(q.chapter(), 1, Integer::sum);
            perPart.merge(q.part(), 1, Integer::sum);
        }
        Map<String, String> partOfUri = new TreeMap<>();
        site.parts().forEach(p -> partOfUri.put(p.uri(), p.id()));
        List<String> chapterUris = site.chapters().stream().map(Chapter::uri).toList();
        for (RenderedPage page : pages) {
            for (Element a : links(page)) {
                String uri = SiteLinks.rootRelative(a.attr("href"), page.uri());
                if (chapterUris.contains(uri)) {
                    a.attr("data-chapter", uri).attr("data-questions", String.valueOf(perChapter.getOrDefault(uri, 0)));
                } else if (partOfUri.containsKey(uri)) {
                    String part = partOfUri.get(uri);
                    a.attr("data-part", part).attr("data-questions", String.valueOf(perPart.getOrDefault(part, 0)));
                }
            }
        }
    }

    /**
     * The links inside the sidebar and the cards ({@code #sidebar a[href], .cards a[href]}), found by walking those
     * subtrees rather than testing every link's ancestors. A link inside both is listed twice, and gets the same
     * attributes twice.
     */
    private static List<Element> links(RenderedPage page) {
        List<Element> links = new java.util.ArrayList<>();
        for (Element root : page.html().select("#sidebar, .cards")) {
            for (Element a : root.select("a[href]")) {
                if (a != root) { // a descendant, as the combinator asks
                    links.add(a);
                }
            }
        }
        return links;
    }
}
