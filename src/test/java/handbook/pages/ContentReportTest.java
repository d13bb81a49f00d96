package handbook.pages;

import handbook.build.TestDirs;
import handbook.content.Chapter;
import handbook.content.Part;
import handbook.content.SiteContent;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContentReportTest {
    @Test
    void countsWhatAReaderOfTheArticleSees() throws Exception {
        Path project = TestDirs.fresh("content-report");
        Files.createDirectories(project.resolve("content/core"));
        Files.writeString(project.resolve("content/core/joins.adoc"), String.join("\n",
                "= Joins", "", "[source,sql,check=setup]", "----", "CREATE TABLE t (one int);", "----", "",
                "[source,python,check=run]", "----", "print(2)", "----", "", "[.output]", "....", "2", "....", "", "[source,sql]", "----", "SELECT 1;", "----", ""));
        String html = "<html><body><article class=doc>"
                + "<header class=doc-header><details class='question level-mid'>in the header</details><table class=tableblock></table></header>"
                + "<p>Prose of five words here.</p>"
                + "<details class='question level-mid'><summary>Q1</summary><p>Answer one.</p></details>"
                + "<details class='question level-senior'><summary>Q2</summary><div class=imageblock><img></div></details>"
                + "<details class='question level-staff'><summary>Q3</summary></details>"
                + "<details class='question'><summary>Q4</summary></details>"
                + "<div class='diagram imageblock'><svg></svg></div><div class=diagram></div>"
                + "<table class=tableblock><tr><td>cell</td></tr></table><table class=other></table>"
                + "<pre>SELECT not prose</pre><div class=listingblock>code</div>"
                + "<aside class=chapter-terms><ul><li>join</li><li>hash join</li><li>merge join</li></ul>"
                + "<details class='question level-mid'>in the term list</details></aside>"
                + "<div class=term-definitions><table class=tableblock></table><div class=diagram></div></div>"
                + "</article></body></html>";
        RenderedPage page = new RenderedPage("core/joins.html", "content/core/joins.adoc", Jsoup.parse(html));
        Chapter chapter = new Chapter("core", "joins", "Joins", 1, "", "", "content/core/joins.adoc", "core/joins.html");
        SiteContent site = new SiteContent(List.of(new Part("core", "Core", 1, "", "content/core/index.adoc",
                "core/index.html", List.of(chapter))), List.of());

        List<ContentReport.Row> rows = ContentReport.rows(project, site, List.of(page));

        assertEquals(List.of(new ContentReport.Row("content/core/joins.adoc", 5 + 2 + 2 + 1 + 1 + 1, 4, 1, 1, 1, 1, 3,
                1, 1, 3)), rows);
        assertEquals(1, page.html().select("header.doc-header details").size(), "the page is left as it was");
    }
}
