package handbook.runner;

import handbook.build.Json;
import handbook.build.Problem;
import handbook.build.Problems;
import handbook.pages.RenderedPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The runner's build stage on a chapter and the HTML Asciidoctor renders for it: listings marked in order with their
 * index, the chapter's listings as JSON, the module on the page, PGlite (the real package the Maven build fetched)
 * and its licence copied; problems at the chapter's line; nothing at all when the runner is off.
 */
class RunnerStageTest {
    private static final Path PGLITE = Path.of("target/pglite/package").toAbsolutePath();
    private static final String CHAPTER = """
            = Chapter

            [source,sql,check=setup]
            ----
            CREATE TABLE t (n int);
            INSERT INTO t VALUES (1), (2); -- <1>
            ----
            <1> two rows

            [source,sql,check=result]
            ----
            SELECT count(*) AS n FROM t;
            ----

            [.sql-result]
            ....
             n
            ---
             2
            (1 row)
            ....

            [source,sql,check=error,browser-skip="needs a second session"]
            ----
            SELECT * FROM missing;
            ----
            """;

    @TempDir
    Path dir;

    @Test
    void marksTheListingsAndWritesWhatThePageLoadsOnTheFirstRun() throws IOException {
        RenderedPage page = chapter(listing("check-setup", "CREATE TABLE t (n int);\nINSERT INTO t VALUES (1), (2); <b class=\"conum\">(1)</b>")
                + listing("check-result", "SELECT count(*) AS n FROM t;")
                + listing("", "SELECT 'not checked';")
                + listing("check-error", "SELECT * FROM missing;"));
        Problems problems = new Problems();
        RunnerStage.Summary summary = RunnerStage.apply(dir, List.of(page), new RunnerSettings(true, PGLITE), dir.resolve("site"), problems);

        assertEquals(List.of(), problems.all());
        assertEquals(1, summary.pages());
        assertEquals(3, summary.listings());
        List<Element> marked = page.html().select("[data-sql-listing]");
        assertEquals(List.of("0", "1"), marked.stream().map(e -> e.attr("data-sql-listing")).toList());
        assertEquals("Not runnable in the browser: needs a second session",
                page.html().select(".check-error .sql-runner-skip").text());
        Element script = page.html().head().selectFirst("script[type=module]");
        assertEquals("../js/runner/runner.js", script.attr("src"));
        assertEquals("../runner/core/chapter.json", script.attr("data-sql-listings"));
        assertTrue(Double.parseDouble(script.attr("data-download-mb")) > 3, script.attr("data-download-mb"));
        assertEquals("0.5.16", script.attr("data-pglite-version"));

        Map<?, ?> json = Json.mapper().readValue(Files.readString(dir.resolve("site/runner/core/chapter.json")), Map.class);
        assertEquals("content/core/chapter.adoc", json.get("file"));
        List<?> listings = (List<?>) json.get("listings");
        assertEquals(Map.of("check", "setup", "code", "CREATE TABLE t (n int);\nINSERT INTO t VALUES (1), (2);", "line", 3),
                listings.get(0));
        assertEquals("needs a second session", ((Map<?, ?>) listings.get(2)).get("browserSkip"));
        for (String f : List.of("index.js", "pglite.wasm", "pglite.data", "initdb.wasm", "LICENSE")) {
            assertTrue(Files.isRegularFile(dir.resolve("site/pglite").resolve(f)), f);
        }
        assertFalse(Files.exists(dir.resolve("site/pglite/index.js.map")), "no source maps");
    }

    @Test
    void aRenderedListingThatIsNotTheChaptersIsAnErrorAtItsLine() throws IOException {
        RenderedPage page = chapter(listing("check-setup", "CREATE TABLE t (n int);\nINSERT INTO t VALUES (1), (2);")
                + listing("check-result", "SELECT 'something else';")
                + listing("check-error", "SELECT * FROM missing;"));
        Problems problems = new Problems();
        RunnerStage.apply(dir, List.of(page), new RunnerSettings(true, PGLITE), dir.resolve("site"), problems);
        assertEquals(List.of(Problem.error("content/core/chapter.adoc", 10, "the SQL runner's listing 2 does not show "
                + "the code the chapter has there (rendered: 'SELECT 'something else';')")), problems.all());
        assertTrue(page.html().select("[data-sql-listing]").isEmpty(), "no Run button that runs something else");
        assertNull(page.html().head().selectFirst("script[type=module]"));
    }

    @Test
    void browserSkipNeedsAReason() throws IOException {
        Problems problems = new Problems();
        RunnableListings.of("content/x.adoc", CHAPTER.replace("browser-skip=\"needs a second session\"", "browser-skip=\" \"")
                .lines().toList(), problems);
        assertEquals(1, problems.errors().size());
        assertEquals(23, problems.errors().get(0).line());
        assertTrue(problems.errors().get(0).message().startsWith("browser-skip= needs the reason"), problems.errors().get(0).message());
    }

    @Test
    void offMeansNoButtonsAndNoPglite() throws IOException {
        RenderedPage page = chapter(listing("check-setup", "CREATE TABLE t (n int);"));
        RunnerStage.apply(dir, List.of(page), RunnerSettings.disabled(), dir.resolve("site"), new Problems());
        assertTrue(page.html().select("[data-sql-listing], script[type=module]").isEmpty());
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void missingPgliteSaysHowToGetIt() throws IOException {
        RenderedPage page = chapter(listing("check-setup", "CREATE TABLE t (n int);"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RunnerStage.apply(dir, List.of(page),
                new RunnerSettings(true, dir.resolve("nowhere")), dir.resolve("site"), new Problems()));
        assertTrue(e.getMessage().contains("-Dhandbook.runner=false"), e.getMessage());
    }

    private RenderedPage chapter(String body) throws IOException {
        Path source = dir.resolve("content/core/chapter.adoc");
        Files.createDirectories(source.getParent());
        Files.writeString(source, CHAPTER);
        Document html = Jsoup.parse("<html><head><title>x</title></head><body class=\"type-chapter\"><div class=\"doc\">"
                + body + "</div></body></html>");
        return new RenderedPage("core/chapter.html", "content/core/chapter.adoc", html);
    }

    /** A listing as Asciidoctor's html5 converter renders it, with the role our tree processor adds. */
    private static String listing(String role, String code) {
        return "<div class=\"listingblock " + role + "\"><div class=\"content\"><pre class=\"rouge highlight\">"
                + "<code data-lang=\"sql\">" + code + "</code></pre></div></div>";
    }
}
