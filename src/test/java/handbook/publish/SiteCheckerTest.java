package handbook.publish;

import handbook.build.FixtureProject;
import handbook.build.Problem;
import handbook.build.Problems;
import handbook.build.TestDirs;
import handbook.content.SiteContent;
import handbook.pages.RenderedPage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SiteCheckerTest {
    @Test
    void findsBrokenLinksAnchorsAndAbsoluteUrls() {
        Path site = TestDirs.fresh("checker");
        FixtureProject.write(site.resolve("a/x.html"), "");
        FixtureProject.write(site.resolve("css/s.css"), "");
        RenderedPage x = new RenderedPage("a/x.html", "content/a/x.adoc", Jsoup.parse(
                "<html><head><link rel=stylesheet href='../css/s.css'></head><body><h2 id=here>H</h2>"
                + "<a href='#here'>ok</a><a href='#nowhere'>bad anchor</a><a href='y.html'>missing</a>"
                + "<a href='/abs.html'>absolute</a><a href='../../up.html'>leaves</a><a href='https://example.com'>external</a>"
                + "<a href='javascript:alert(1)'>js</a><a href='x.html#here'>self</a></body></html>"));
        Problems problems = new Problems();
        SiteChecker.check(site, new SiteContent(List.of(), List.of()), List.of(x), problems);
        assertEquals(List.of(
                "content/a/x.adoc: error: broken anchor '#nowhere': a/x.html has no id 'nowhere'",
                "content/a/x.adoc: error: broken link 'y.html': a/y.html does not exist",
                "content/a/x.adoc: error: javascript: links are not allowed: javascript:alert(1)",
                "content/a/x.adoc: error: link '../../up.html' leaves the site",
                "content/a/x.adoc: error: link '/abs.html' is absolute; it breaks under a base path: use a relative link"),
                problems.errors().stream().map(Problem::format).toList());
    }
}
