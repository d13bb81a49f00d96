package handbook.build;

import handbook.bake.JBakeOven;
import handbook.runner.RunnerSettings;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview's incremental rebuilds make exactly the site a full build makes: after an edit of a chapter, of a
 * glossary term and of a template, every file of the rebuilt site is byte-identical to a full build of the same
 * sources (and so are lunr's index and input, which are not published) — and the rebuild did redo only what the edit
 * affects (the chapter baked alone, linted alone, its sections alone extracted and tokenised); a new chapter and a
 * removed one are the full build's too.
 */
class IncrementalBuildTest {
    private final JBakeOven previewOven = new JBakeOven();
    private final JBakeOven fullOven = new JBakeOven();
    /** The SQL runner on, as in the README's preview: its Run buttons and PGlite files are compared too. */
    private static final RunnerSettings RUNNER = new RunnerSettings(true, Path.of("target/pglite/package").toAbsolutePath());

    @Test
    void rebuildsAfterEditsOfAChapterATermAndATemplateAreTheFullBuild() throws IOException {
        Path project = FixtureProject.create(TestDirs.fresh("incremental-build"));
        Path chapter = project.resolve("content/alpha/first.adoc");
        // a checked SQL listing in the chapter that gets edited, so its Run buttons and the runner's data are rebuilt too
        Files.writeString(chapter, Files.readString(chapter) + """

                [source,sql,check=result]
                ----
                SELECT 6 * 7 AS answer;
                ----

                [.sql-result]
                ....
                 answer
                --------
                     42
                (1 row)
                ....
                """);
        BuildConfig preview = BuildConfig.load(project, project.resolve("target/preview/site"), "/");
        BuildMemory memory = BuildMemory.of(preview, previewOven);
        SiteBuild.BuildResult first = new SiteBuild(preview, previewOven, RUNNER, memory).run();
        assertEquals(Set.of(), first.bakedAlone(), "the first build bakes everything");
        assertTrue(Files.readString(preview.outputDir().resolve("alpha/first.html")).contains("data-sql-listing"),
                "the fixture's checked SQL listing gets the runner");
        int files = memory.lint().lintedInLastRun();
        assertTrue(files > 5, "the first build lints every file: " + files);
        int searchPages = memory.search().extractedInLastBuild();
        assertEquals(5, searchPages, "the first build extracts the sections of every part and chapter page");
        int fieldTexts = memory.search().analysedInLastBuild();

        Files.writeString(chapter, Files.readString(chapter).replace("A term:star-schema[] puts facts in the middle.",
                "A term:star-schema[] puts the facts of a business process in the middle."));
        SiteBuild.BuildResult afterChapter = new SiteBuild(preview, previewOven, RUNNER, memory).run(Set.of(chapter));
        assertFalse(memory.stage().lastSyncWasFull(), "told the changed file, the stage reads it alone");
        assertEquals(1, memory.pages().enhancedInLastRun(), "the other pages' enhanced documents are kept");
        assertEquals(Set.of("content/alpha/first.adoc"), afterChapter.bakedAlone());
        assertEquals(1, memory.lint().lintedInLastRun(), "a prose edit lints the edited chapter alone");
        assertEquals(1, memory.search().extractedInLastBuild(), "the edited chapter's sections alone are extracted again");
        assertTrue(memory.search().analysedInLastBuild() < fieldTexts / 2, "only changed field texts are tokenised: "
                + memory.search().analysedInLastBuild() + " of " + fieldTexts);
        assertSameAsFullBuild(project, preview, "chapter");

        Path includer = project.resolve("content/alpha/second.adoc");
        Files.writeString(includer, Files.readString(includer).replace("include::../_partials/shared.adoc[]",
                "A sentence before the partial.\n\ninclude::../_partials/shared.adoc[]"));
        assertEquals(Set.of("content/alpha/second.adoc"), new SiteBuild(preview, previewOven, RUNNER, memory).run(Set.of(includer)).bakedAlone(),
                "a page that includes a partial is baked alone with the partials");
        assertSameAsFullBuild(project, preview, "includer");
        Path partial = project.resolve("content/_partials/shared.adoc");
        Files.writeString(partial, Files.readString(partial).replace("was included", "was included (edited)"));
        assertEquals(Set.of(), new SiteBuild(preview, previewOven, RUNNER, memory).run(Set.of(partial)).bakedAlone(),
                "a partial bakes everything");
        assertTrue(Files.readString(preview.outputDir().resolve("alpha/second.html")).contains("was included (edited)"));
        assertSameAsFullBuild(project, preview, "partial");
        Path term = project.resolve("content/glossary/star-schema.adoc");
        Files.writeString(term, Files.readString(term).replace("The simplest dimensional model.",
                "The simplest dimensional model, and the one most warehouses start from."));
        SiteBuild.BuildResult afterTerm = new SiteBuild(preview, previewOven, RUNNER, memory).run(Set.of(term));
        assertEquals(Set.of("content/glossary.adoc"), afterTerm.bakedAlone(), "the generated glossary page alone");
        assertEquals(searchPages, memory.search().extractedInLastBuild(), "a term edit extracts every page again");
        assertSameAsFullBuild(project, preview, "term");

        Path template = project.resolve("templates/chapter.ftl");
        Files.writeString(template, Files.readString(template).replace("<h1>${content.title}</h1>",
                "<h1 class=\"chapter-title\">${content.title}</h1>"));
        SiteBuild.BuildResult afterTemplate = new SiteBuild(preview, previewOven, RUNNER, memory).run(Set.of(template));
        assertEquals(Set.of(), afterTemplate.bakedAlone(), "a template change bakes everything");
        assertTrue(Files.readString(preview.outputDir().resolve("alpha/first.html")).contains("class=\"chapter-title\""));
        assertSameAsFullBuild(project, preview, "template");

        // a build that fails after the search stage (two questions with one id) leaves nothing behind that the next
        // good build would reuse wrongly
        Path third = project.resolve("content/beta/third.adoc");
        String thirdText = Files.readString(third);
        Files.writeString(third, thirdText.replace(".Fixture question 2?", ".Fixture question 1?")
                .replace("Beta content,", "Beta content, now edited,"));
        BuildFailedException failed = assertThrows(BuildFailedException.class,
                () -> new SiteBuild(preview, previewOven, RUNNER, memory).run(Set.of(third)));
        assertTrue(failed.getMessage().startsWith("extracting questions"), failed.getMessage());
        Files.writeString(third, thirdText.replace("Beta content,", "Beta content, now edited,"));
        new SiteBuild(preview, previewOven, RUNNER, memory).run(Set.of(third));
        assertSameAsFullBuild(project, preview, "fixed chapter");

        Path added = project.resolve("content/beta/fourth.adoc");
        Files.writeString(added, Files.readString(project.resolve("content/beta/third.adoc"))
                .replace("= Third Chapter\n:order: 1", "= Fourth Chapter\n:order: 2")
                .replace("Beta content,", "Beta content on term:idempotency[],")
                .replace("Fixture question", "Fourth chapter's question"));
        new SiteBuild(preview, previewOven, RUNNER, memory).run(Set.of(added));
        assertTrue(Files.readString(preview.outputDir().resolve("search-store.json")).contains("Fourth Chapter"));
        assertSameAsFullBuild(project, preview, "new chapter");
        Files.delete(added);
        new SiteBuild(preview, previewOven, RUNNER, memory).run(Set.of(added));
        assertFalse(Files.readString(preview.outputDir().resolve("search-store.json")).contains("Fourth Chapter"));
        assertSameAsFullBuild(project, preview, "removed chapter");
    }

    /**
     * The preview keeps JBake set up between bakes of a few documents (store, renderer, parsed templates, data): one
     * chapter after another, a chapter back to its earlier text, a bake after a failed build, after a template change
     * and after a navigation change must each still make the full build's site.
     */
    @Test
    void bakesOfOneChapterWithTheKeptJBakeSetupAreTheFullBuild() throws IOException {
        Path project = FixtureProject.create(TestDirs.fresh("incremental-bake-kept"));
        BuildConfig preview = BuildConfig.load(project, project.resolve("target/preview/site"), "/");
        BuildMemory memory = BuildMemory.of(preview, previewOven);
        new SiteBuild(preview, previewOven, RUNNER, memory).run();
        Path first = project.resolve("content/alpha/first.adoc");
        Path third = project.resolve("content/beta/third.adoc");

        edit(first, "puts facts in the middle.", "puts the facts in the middle.");
        assertEquals(Set.of("content/alpha/first.adoc"), rebuild(preview, memory, first).bakedAlone());
        edit(third, "Fixture pitfalls.", "Fixture pitfalls, edited.");
        assertEquals(Set.of("content/beta/third.adoc"), rebuild(preview, memory, third).bakedAlone(),
                "another chapter with the same setup");
        assertTrue(Files.readString(preview.outputDir().resolve("alpha/first.html")).contains("puts the facts"));
        assertSameAsFullBuild(project, preview, "second chapter");
        edit(first, "puts the facts in the middle.", "puts facts in the middle.");
        assertEquals(Set.of("content/alpha/first.adoc"), rebuild(preview, memory, first).bakedAlone());
        assertSameAsFullBuild(project, preview, "first chapter back to its earlier text");

        edit(third, "Fixture pitfalls, edited.", "Fixture pitfalls, {no-such-attribute}.");
        assertThrows(BuildFailedException.class, () -> rebuild(preview, memory, third), "a missing attribute fails");
        edit(third, "{no-such-attribute}", "fixed");
        assertEquals(Set.of(), rebuild(preview, memory, third).bakedAlone(), "after a failed bake everything is baked");
        edit(first, "puts facts in the middle.", "puts the facts of a process in the middle.");
        assertEquals(Set.of("content/alpha/first.adoc"), rebuild(preview, memory, first).bakedAlone());
        assertSameAsFullBuild(project, preview, "chapter after a failed build");

        Path template = project.resolve("templates/chapter.ftl");
        edit(template, "<h1>${content.title}</h1>", "<h1 class=\"chapter-title\">${content.title}</h1>");
        assertEquals(Set.of(), rebuild(preview, memory, template).bakedAlone(), "a template change bakes everything");
        edit(third, "Fixture pitfalls, fixed.", "Fixture pitfalls, fixed again.");
        assertEquals(Set.of("content/beta/third.adoc"), rebuild(preview, memory, third).bakedAlone());
        assertTrue(Files.readString(preview.outputDir().resolve("beta/third.html")).contains("class=\"chapter-title\""),
                "the chapter baked alone after a template change uses the new template");
        assertSameAsFullBuild(project, preview, "chapter after a template change");

        edit(first, "= First Chapter", "= First Chapter Renamed");
        assertEquals(Set.of(), rebuild(preview, memory, first).bakedAlone(), "a new title changes the navigation data");
        edit(third, "Fixture pitfalls, fixed again.", "Fixture pitfalls.");
        assertEquals(Set.of("content/beta/third.adoc"), rebuild(preview, memory, third).bakedAlone());
        assertTrue(Files.readString(preview.outputDir().resolve("beta/third.html")).contains("First Chapter Renamed"),
                "the chapter baked alone after a navigation change shows the new navigation");
        assertSameAsFullBuild(project, preview, "chapter after a navigation change");
    }

    private SiteBuild.BuildResult rebuild(BuildConfig preview, BuildMemory memory, Path changed) {
        return new SiteBuild(preview, previewOven, RUNNER, memory).run(Set.of(changed));
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " contains " + from);
        Files.writeString(file, text.replace(from, to));
    }

    private void assertSameAsFullBuild(Path project, BuildConfig preview, String edit) throws IOException {
        Path full = project.resolve("target/full-" + edit + "/site");
        new SiteBuild(BuildConfig.load(project, full, "/"), fullOven, RUNNER).run();
        Map<String, byte[]> expected = files(full);
        Map<String, byte[]> actual = files(preview.outputDir());
        assertEquals(expected.keySet(), actual.keySet(), "after the " + edit + " edit: the same files");
        for (String file : expected.keySet()) {
            assertEquals(new String(expected.get(file), java.nio.charset.StandardCharsets.ISO_8859_1),
                    new String(actual.get(file), java.nio.charset.StandardCharsets.ISO_8859_1),
                    "after the " + edit + " edit: " + file + " differs from the full build's");
        }
        assertTrue(expected.size() > 20, "files compared: " + expected.size());
        for (String unpublished : new String[] {"search-index.lunr.json", "search-documents.json", "content-report.md"}) {
            assertTrue(Files.isRegularFile(full.resolveSibling(unpublished)), "a full build writes " + unpublished);
            assertFalse(Files.exists(preview.outputDir().resolveSibling(unpublished)),
                    "after the " + edit + " edit: the preview leaves no " + unpublished + " that could disagree with its site");
        }
    }

    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return files;
    }
}
