package handbook.lint;

import handbook.build.FixtureProject;
import handbook.build.Problem;
import handbook.build.Problems;
import handbook.build.TestDirs;
import handbook.content.ContentLimits;
import handbook.content.ContentScanner;
import handbook.content.SiteContent;
import handbook.glossary.Glossary;
import handbook.glossary.TermRegistry;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The red team's quadratic lines (D5 {@code image::a[a[…}, D6 {@code -term:-term:…}, 80 KB took 102 s, 1 MB about
 * two hours): the limit check reports a 1 MB line at its line, and the lint itself finishes well under a second.
 */
class LinearTimeTest {
    @Test
    void aOneMegabyteLineIsReportedAndLintedInWellUnderASecond() {
        Path project = FixtureProject.create(TestDirs.fresh("lint-linear"));
        FixtureProject.write(project.resolve("content/alpha/redos.adoc"), "= ReDoS\n:order: 94\n:summary: Long lines.\n\n"
                + "== Why it matters in the interview\n\nimage::" + "a[".repeat(500_000) + "\n\n" + "-term:".repeat(170_000)
                + "\n\nA " + "term:".repeat(200_000) + "\n");
        long start = System.nanoTime();
        Problems problems = new Problems();
        ContentLimits.check(project, problems);
        SiteContent site = new ContentScanner(project, problems).scan();
        Glossary glossary = TermRegistry.load(project, problems);
        ContentLinter.lint(project, site, glossary, problems);
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<String> errors = problems.errors().stream().map(Problem::format).toList();
        for (int line : new int[] {7, 9, 11}) {
            assertTrue(errors.stream().anyMatch(e -> e.startsWith("content/alpha/redos.adoc:" + line + ": error: the line has ")),
                    line + " in " + errors);
        }
        assertTrue(millis < 1_000, "limits, scan and lint took " + millis + " ms");
    }
}
