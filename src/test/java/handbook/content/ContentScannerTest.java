package handbook.content;

import handbook.build.FixtureProject;
import handbook.build.Problem;
import handbook.build.Problems;
import handbook.build.TestDirs;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ContentScannerTest {
    private static Path project(String name) {
        Path dir = TestDirs.fresh("scanner-" + name);
        FixtureProject.copy(Path.of("src/test/resources/fixture-site/content"), dir.resolve("content"));
        return dir;
    }

    @Test
    void ordersPartsAndChaptersNumerically() {
        Problems problems = new Problems();
        SiteContent site = new ContentScanner(project("order"), problems).scan();
        assertFalse(problems.hasErrors(), problems.all().toString());
        assertEquals(List.of("alpha", "beta"), site.parts().stream().map(Part::id).toList());
        assertEquals(List.of("first", "second", "third"), site.chapters().stream().map(Chapter::slug).toList());
        assertEquals(List.of("index.html", "alpha/index.html", "alpha/first.html", "alpha/second.html",
                "beta/index.html", "beta/third.html"), site.readingOrder().stream().map(SiteContent.NavEntry::uri).toList());
        assertEquals("content/alpha/first.adoc", site.chapters().get(0).source());
    }

    @Test
    void reportsEveryHeaderProblemWithFileAndLine() {
        Path dir = project("problems");
        FixtureProject.write(dir.resolve("content/alpha/dup-order.adoc"), "= Dup\n:order: 10\n:summary: Same order as second.\n");
        FixtureProject.write(dir.resolve("content/beta/Bad_Name.adoc"), "= Bad name\n:order: 3\n:summary: s\n");
        FixtureProject.write(dir.resolve("content/beta/first.adoc"), "= Same slug as alpha/first\n:order: 4\n:summary: s\n");
        FixtureProject.write(dir.resolve("content/beta/untitled.adoc"), ":order: 5\n:summary: s\n");
        FixtureProject.write(dir.resolve("content/beta/long.adoc"), "= Long\n:order: 6\n:summary: " + "x".repeat(301) + "\n");
        FixtureProject.write(dir.resolve("content/beta/no-order.adoc"), "= No order\n:summary: s\n");
        FixtureProject.write(dir.resolve("content/gamma/index.adoc"), "= Gamma\n:order: 3\n:summary: no type\n");
        FixtureProject.write(dir.resolve("content/notes.md"), "# markdown\n");
        Problems problems = new Problems();
        new ContentScanner(dir, problems).scan();
        List<String> got = problems.errors().stream().map(Problem::format).toList();
        assertEquals(List.of(
                "content/alpha/second.adoc:2: error: duplicate chapter order in part 'alpha' '10': content/alpha/dup-order.adoc has it too",
                "content/beta/Bad_Name.adoc: error: a chapter file name must be lower-case kebab-case (it becomes the URL): Bad_Name.adoc",
                "content/beta/first.adoc: error: duplicate chapter slug 'first': content/alpha/first.adoc has it too",
                "content/beta/long.adoc:3: error: :summary: is 301 characters; keep it to 300",
                "content/beta/no-order.adoc:1: error: missing :order: (a positive whole number that places it in its list)",
                "content/beta/untitled.adoc:1: error: missing document title: the first line must be '= Title'",
                "content/gamma/index.adoc:1: error: a part landing page needs ':jbake-type: part'",
                "content/notes.md: error: only .adoc files are content: rename it to .adoc or move it into assets/"), got);
    }
}
