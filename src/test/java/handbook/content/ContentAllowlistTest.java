package handbook.content;

import handbook.build.FixtureProject;
import handbook.build.Problem;
import handbook.build.Problems;
import handbook.build.TestDirs;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentAllowlistTest {
    private final Path tmp = TestDirs.fresh("content-allowlist");

    private List<String> refused(Path project) {
        Problems problems = new Problems();
        ContentAllowlist.check(project, problems);
        return problems.all().stream().map(Problem::format).toList();
    }

    @Test
    void theFixtureAndTheHandbookNeedNoException() {
        assertEquals(List.of(), refused(FixtureProject.create(tmp.resolve("fixture"))));
        assertEquals(List.of(), refused(Path.of(".")));
    }

    @Test
    void refusesEveryOtherFileTypeSymlinkAndCollisionListingAllAtOnce() throws IOException {
        Path project = FixtureProject.create(tmp.resolve("hostile"));
        for (String path : List.of("content/alpha/notes.yml", "content/alpha/images/page.html",
                "content/alpha/images/stock.ad", "content/images/stock2.asciidoc", "content/alpha/images/evil.htm",
                "content/alpha/images/evil.xhtml", "content/alpha/images/evil2.HTML", "content/alpha/readme.md",
                "content/alpha/images/unlinted.adoc", "content/alpha/images/diagram-fonts.jar",
                "content/alpha/images/SHOUT.PNG", "content/favicon.svg", "content/glossary.adoc",
                "content/sitemap.xml", "content/CNAME", "content/.htaccess", "content/alpha/data.json",
                "content/js/search.js", "content/js/index.adoc", "content/alpha/deep/x.adoc")) {
            FixtureProject.write(project.resolve(path), "x");
        }
        Files.createSymbolicLink(project.resolve("content/glossary/leaked-term.adoc"), project.resolve("jbake.properties"));
        Files.createSymbolicLink(project.resolve("content/_partials/dirlink"), project.resolve("templates"));
        List<String> errors = refused(project);
        for (String path : List.of("content/alpha/notes.yml", "content/alpha/images/page.html",
                "content/alpha/images/stock.ad", "content/images/stock2.asciidoc", "content/alpha/images/evil.htm",
                "content/alpha/images/evil.xhtml", "content/alpha/images/evil2.HTML", "content/alpha/readme.md",
                "content/alpha/images/unlinted.adoc", "content/alpha/images/diagram-fonts.jar",
                "content/alpha/images/SHOUT.PNG", "content/favicon.svg", "content/glossary.adoc",
                "content/sitemap.xml", "content/CNAME", "content/.htaccess", "content/alpha/data.json", "content/js",
                "content/alpha/deep/x.adoc", "content/glossary/leaked-term.adoc", "content/_partials/dirlink")) {
            assertTrue(errors.stream().anyMatch(e -> e.startsWith(path + ": error: ")), path + " in " + errors);
        }
        assertEquals(21, errors.size(), errors.toString());
    }
}
