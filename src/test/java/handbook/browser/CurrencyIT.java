package handbook.browser;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On the full handbook: every chapter says when it was checked and against what, the Versions page lists what the
 * chapters name, and the What changed page is reachable from the home page and its entries point at real sections.
 * (Links and anchors over HTTP are LinksIT's job; this checks that the pages say what they should.)
 */
@ExtendWith(HandbookSite.class)
class CurrencyIT {
    private final Browser browser;
    private final ServedSite site;

    CurrencyIT(Browser browser, ServedSite site) {
        this.browser = browser;
        this.site = site;
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(site.dir().resolve(path)), path);
    }

    @Test
    void everyChapterShowsItsStampAndEveryStampedTechnologyIsOnTheVersionsPage() throws IOException {
        Document versions = page("versions.html");
        List<String> missing = new ArrayList<>();
        int chapters = 0;
        for (String path : site.htmlPages()) {
            Document doc = page(path);
            if (doc.selectFirst("article.chapter") == null) {
                continue;
            }
            chapters++;
            Element stamp = doc.selectFirst("article.chapter .doc-header .doc-checked");
            if (stamp == null || !stamp.text().matches("Checked in \\w+ \\d{4} against .+")) {
                missing.add(path);
                continue;
            }
            for (Element link : stamp.select("a[href*=versions.html#]")) {
                String id = link.attr("href").replaceFirst(".*#", "");
                if (versions.getElementById(id) == null) {
                    missing.add(path + " → versions.html#" + id);
                }
            }
        }
        assertTrue(chapters >= 33, "every chapter page was looked at: " + chapters);
        assertEquals(List.of(), missing, "chapters without a stamp line, or naming a technology the Versions page lacks");
        assertTrue(versions.select("table.versions-table tbody th[scope=row]").size() >= 20, "the handbook names many technologies");
        assertEquals(chapters, versions.select(".versions-by-chapter li").size());
    }

    @Test
    void theErrataArePublishedNewestFirstAndReachableFromHomeAndFooter() throws IOException {
        Document changes = page("changes.html");
        List<String> days = changes.select("section.changes-day > h2 time").eachAttr("datetime");
        assertFalse(days.isEmpty(), "this round's corrections are listed");
        List<String> sorted = new ArrayList<>(days);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, days, "newest first");
        int entries = changes.select("li.change").size();
        assertTrue(changes.selectFirst(".changes-total").text().startsWith(entries + " corrections"));
        assertTrue(changes.select("li.change .severity-wrong").size() >= 1);

        browser.open("");
        browser.find("main a[href='changes.html']").click();
        assertEquals("changes.html", browser.location());
        assertNotNull(browser.find("article h1"));
        browser.open("core/advanced-sql.html");
        assertEquals("What changed", browser.find("footer a[href='../changes.html']").getText());
    }
}
