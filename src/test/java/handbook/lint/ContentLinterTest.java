package handbook.lint;

import handbook.build.FixtureProject;
import handbook.build.Problem;
import handbook.build.Problems;
import handbook.build.TestDirs;
import handbook.content.ContentScanner;
import handbook.content.SiteContent;
import handbook.examples.CheckedExampleExtractor;
import handbook.glossary.Glossary;
import handbook.glossary.TermRegistry;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One run of the whole lint over a small project reports every problem of every rule, each with file and line. */
class ContentLinterTest {

    @Test
    void reportsEveryProblemOfEveryFileAtOnce() {
        Path project = TestDirs.fresh("lint-all");
        FixtureProject.write(project.resolve("content/index.adoc"), "= Home\n:jbake-type: home\n\nSee xref:core/nope.adoc[].\n");
        FixtureProject.write(project.resolve("content/core/index.adoc"), "= Core\n:jbake-type: part\n:order: 1\n:summary: Core.\n\nIntro.\n");
        FixtureProject.write(project.resolve("content/core/images/bad.svg"), "<svg>\n<script>x()</script>\n</svg>\n");
        FixtureProject.write(project.resolve("content/glossary/grain.adoc"),
                "= Grain\n:short: What one fact row represents.\n\nSee term:nope[] and xref:core/chapter.adoc#nowhere[].\n");
        List<String> chapter = new ArrayList<>(List.of(
                "= Chapter",                                       // 1
                ":order: 10",
                ":summary: FILL-IN: one sentence.",                // 3
                "",
                "== Why it matters in the interview",              // 5
                "",
                "Uses term:grain[] and term:unknown[] and <<missing-anchor>>.",   // 7
                "",
                "==== Skipped level",                             // 9
                "",
                "image::images/bad.svg[]",                         // 11
                "",
                "++++",
                "<iframe src=\"x\"></iframe>",                     // 14
                "++++",
                "",
                "== Senior signals",                               // 17
                "",
                "== Worked example",                               // 19
                "",
                "== Interview questions",                          // 21
                "",
                "[.question%collapsible,level=lead,round=sql]",    // 23
                ".A question?",
                "====",
                "An answer.",
                "====",
                "",
                "== Common pitfalls",
                "",
                "== Further reading",
                ""));
        FixtureProject.write(project.resolve("content/core/chapter.adoc"), String.join("\n", chapter));
        FixtureProject.write(project.resolve("errata/2026-12.txt"), String.join("\n",
                "date: 2026-13-01", "chapter: core/chapter", "section: why-it-matters", "severity: wrong", "change: Said x.", "",
                "date: 2026-12-01", "chapter: core/chapter", "section: nowhere", "severity: wrong", "change: Said y.", ""));

        Problems problems = new Problems();
        SiteContent site = new ContentScanner(project, problems).scan();
        Glossary glossary = TermRegistry.load(project, problems);
        ContentLinter.lint(project, site, glossary, problems);

        assertEquals(List.of(
                "content/core/chapter.adoc:1: error: a chapter needs :checked: YYYY-MM in its header: the month its facts were last checked against the versions in :versions: (see docs/authoring.md)",
                "content/core/chapter.adoc:1: error: a chapter needs :versions: in its header: the technologies it is checked against, with versions, separated by ';' (e.g. :versions: Apache Kafka 4.2; Apache Spark 4.1)",
                "content/core/chapter.adoc:1: warning: the chapter has 7 words of prose; aim for at least 1,500 (2,000-3,000 is typical)",
                "content/core/chapter.adoc:3: error: unfilled placeholder: replace 'FILL-IN: one sentence.' with your text",
                "content/core/chapter.adoc:7: error: broken anchor in <<missing-anchor>>: content/core/chapter.adoc has no section or anchor with id 'missing-anchor'",
                "content/core/chapter.adoc:7: error: unknown glossary term 'unknown': add content/glossary/unknown.adoc or use an existing id",
                "content/core/chapter.adoc:9: error: heading level skips from == to ====: use === here",
                "content/core/chapter.adoc:11: error: image::images/bad.svg[] has no alt text: write what the picture shows, e.g. image::images/bad.svg[Fact table in the centre joined to four dimensions]",
                "content/core/chapter.adoc:14: error: raw HTML passthrough carries an <iframe>: contributed pages may not run scripts or embed content",
                "content/core/chapter.adoc:19: error: section '== Worked example' is out of order: it must come before '== Senior signals' (line 17); the required sections are, in order: Why it matters, Worked example, Senior signals, Interview questions, Common pitfalls, Further reading",
                "content/core/chapter.adoc:21: error: a chapter needs at least 6 interview questions ([.question] blocks); this one has 1",
                "content/core/chapter.adoc:23: error: question needs level= one of [mid, senior, staff], not 'lead'",
                "content/core/images/bad.svg:2: error: SVG carries a <script> element: diagrams must be plain drawings",
                "content/glossary/grain.adoc:4: error: broken anchor in xref:core/chapter.adoc#nowhere[]: content/core/chapter.adoc has no section or anchor with id 'nowhere'",
                "content/glossary/grain.adoc:4: error: unknown glossary term 'nope': add content/glossary/nope.adoc or use an existing id",
                "content/index.adoc:4: error: broken cross reference xref:core/nope.adoc[]: content/core/nope.adoc does not exist",
                "errata/2026-12.txt:1: error: date must be a day written YYYY-MM-DD, not '2026-13-01'",
                "errata/2026-12.txt:7: error: content/core/chapter.adoc has no section with id 'nowhere'"),
                problems.all().stream().map(Problem::format).toList());
    }

    @Test
    void malformedCheckedExamplesFailTheLintAtTheirLine() {
        Path project = TestDirs.fresh("lint-examples");
        FixtureProject.write(project.resolve("content/core/index.adoc"), "= Core\n:jbake-type: part\n:order: 1\n:summary: Core.\n\nIntro.\n");
        List<String> chapter = List.of("= Chapter", ":order: 10", ":summary: A result without its table.", "",
                "== Worked example", "", "[source,sql,check=result]", "----", "SELECT 1 AS one;", "----", "", "Text.");
        FixtureProject.write(project.resolve("content/core/chapter.adoc"), String.join("\n", chapter));
        Problems expected = new Problems();
        CheckedExampleExtractor.extract("content/core/chapter.adoc", chapter, expected);
        assertEquals(List.of(7), expected.all().stream().map(Problem::line).toList(), "the extractor reports the listing");

        Problems problems = new Problems();
        SiteContent site = new ContentScanner(project, problems).scan();
        ContentLinter.lint(project, site, TermRegistry.load(project, problems), problems);
        assertTrue(problems.all().containsAll(expected.all()), problems.all().toString());
    }
}
