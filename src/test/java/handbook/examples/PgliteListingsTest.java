package handbook.examples;

import com.fasterxml.jackson.databind.JsonNode;
import handbook.build.Json;
import handbook.build.NodeScript;
import handbook.examples.CheckedExample.Kind;
import handbook.runner.RunnableListings;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static handbook.runner.RunnableListings.BROWSER_SKIP;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every checked SQL listing of the handbook, run in the browser's way — PGlite (PostgreSQL compiled to WebAssembly,
 * the files the site ships) under Node, with the runner's own statement splitting and psql formatting
 * ({@code assets/js/runner/runner-core.js}) and the listings and setup the build gives the page
 * ({@link RunnableListings}) — must show what the chapter shows, judged as {@link SqlListingRunner} judges it on
 * the test suite's PostgreSQL: a listing that works in CI but not in the reader's browser fails here, at its
 * {@code file:line}. The wrong-example fixture proves the check fails where it should.
 */
class PgliteListingsTest {
    private static final Path PGLITE = Path.of("target/pglite/package/dist/index.js");
    private static final Path CORE = Path.of("assets/js/runner/runner-core.js");
    private static final Path SCRIPT = Path.of("src/test/resources/runner/pglite-listings.mjs");

    @Test
    void everyCheckedSqlListingGivesTheChaptersResultOnPglite() throws Exception {
        List<ChapterExamples> chapters = ChapterExamples.readAll(Path.of("content")).stream()
                .filter(c -> !c.examples("sql").isEmpty()).toList();
        Result result = run(chapters);
        List<String> failures = new ArrayList<>();
        int listings = 0;
        for (ChapterReport report : result.reports()) {
            listings += report.outcomes().size();
            failures.addAll(report.failures());
        }
        String summary = listings + " checked SQL listings in " + chapters.size() + " chapters on " + result.version()
                + ": " + (listings - failures.size() - result.skipped().size()) + " passed, " + failures.size() + " failed, "
                + result.skipped().size() + " marked " + BROWSER_SKIP + (result.skipped().isEmpty() ? ""
                : " (" + String.join("; ", result.skipped()) + ")");
        System.out.println(summary);
        if (!failures.isEmpty()) {
            fail(summary + "\n\n" + String.join("\n\n", failures));
        }
        assertTrue(listings >= 150, "the handbook's checked SQL listings were found: " + listings);
        assertTrue(result.version().startsWith("PostgreSQL 18."), result.version());
    }

    @Test
    void wrongExamplesFailWithTheirLineOnPgliteToo() throws Exception {
        ChapterExamples chapter = ChapterExamples.read(Path.of("src/test/resources/examples/wrong-sql-examples.adoc"));
        ChapterReport report = run(List.of(chapter)).reports().get(0);
        String file = "src/test/resources/examples/wrong-sql-examples.adoc";
        List<String> failures = report.failures();
        assertEquals(5, failures.size(), String.join("\n\n", failures));
        assertTrue(failures.get(0).startsWith(file + ":13: check=result: the result differs from the [.sql-result] "
                + "block at line 22\n  line 25, row 2, column total: expected \"40.0\" but PostgreSQL returned \"40.00\""),
                failures.get(0));
        assertEquals(file + ":44: check=setup: statement 2 of 3 (INSERT INTO missing_table VALUES (1)) failed: "
                + "ERROR:  relation \"missing_table\" does not exist", failures.get(2).lines().findFirst().orElseThrow());
        assertEquals(file + ":51: check=error: the listing should fail, but all 1 statement succeeded", failures.get(3));
        assertTrue(failures.get(4).startsWith(file + ":56: check=result: the last statement (DELETE FROM orders WHERE "
                + "customer_id = 12) returned no rows"), failures.get(4));
    }

    private record Result(String version, List<ChapterReport> reports, List<String> skipped) {}

    private static Result run(List<ChapterExamples> chapters) throws IOException, InterruptedException {
        List<Map<String, Object>> input = new ArrayList<>();
        List<RunnableListings> runnable = new ArrayList<>();
        for (ChapterExamples chapter : chapters) {
            RunnableListings listings = RunnableListings.of(chapter.file(), Files.readAllLines(chapter.path()),
                    new handbook.build.Problems());
            runnable.add(listings);
            Map<String, Object> item = new TreeMap<>();
            item.put("file", chapter.file());
            item.put("listings", Json.mapper().readValue(listings.json(), Map.class).get("listings"));
            input.add(item);
        }
        Path in = Files.createTempFile(Path.of("target"), "pglite-listings", ".json");
        try {
            Files.writeString(in, Json.write(Map.of("chapters", input)));
            JsonNode out = NodeScript.run(1800, SCRIPT.toAbsolutePath().toString(),
                    PGLITE.toAbsolutePath().toString(), CORE.toAbsolutePath().toString(), in.toString());
            List<ChapterReport> reports = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            for (int c = 0; c < runnable.size(); c++) {
                RunnableListings listings = runnable.get(c);
                JsonNode results = out.get("chapters").get(c).get("listings");
                List<ListingOutcome> outcomes = new ArrayList<>();
                for (int i = 0; i < listings.listings().size(); i++) {
                    CheckedExample example = listings.listings().get(i);
                    String skip = listings.browserSkip(i);
                    outcomes.add(skip != null ? ListingOutcome.passed(example, "not compared: " + BROWSER_SKIP + "=\"" + skip + "\"")
                            : judge(example, results.get(i).get("outcomes")));
                    if (skip != null) {
                        skipped.add(example.location() + ": " + skip);
                    }
                }
                reports.add(new ChapterReport(listings.file(), "SQL", outcomes));
            }
            return new Result(out.get("pglite").asText(), reports, skipped);
        } finally {
            Files.deleteIfExists(in);
        }
    }

    /** As {@link SqlListingRunner#run} judges a listing, from the statements' outcomes in the browser's runner. */
    private static ListingOutcome judge(CheckedExample example, JsonNode outcomes) {
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            JsonNode o = outcomes.get(i);
            if (o.get("kind").asText().equals("error")) {
                errors.add("statement " + (i + 1) + " of " + outcomes.size() + " (" + opening(o.get("statement").asText())
                        + ") failed: " + o.get("text").asText());
            }
        }
        if (example.kind() == Kind.ERROR) {
            return errors.isEmpty() ? ListingOutcome.failed(example, "the listing should fail, but all "
                    + outcomes.size() + " statement" + (outcomes.size() == 1 ? "" : "s") + " succeeded")
                    : ListingOutcome.passed(example, String.join("; ", errors));
        }
        if (!errors.isEmpty()) {
            return ListingOutcome.failed(example, String.join("\n  ", errors));
        }
        if (example.kind() == Kind.SETUP) {
            return ListingOutcome.passed(example);
        }
        JsonNode last = outcomes.get(outcomes.size() - 1);
        if (!last.get("kind").asText().equals("rows")) {
            return ListingOutcome.failed(example, "the last statement (" + opening(last.get("statement").asText())
                    + ") returned no rows; a check=result listing must end with a query");
        }
        List<String> columns = new ArrayList<>();
        last.get("columns").forEach(n -> columns.add(n.asText()));
        List<List<String>> rows = new ArrayList<>();
        last.get("rows").forEach(r -> {
            List<String> row = new ArrayList<>();
            r.forEach(cell -> row.add(cell.asText().strip())); // compared trimmed, as ResultSetTable reads cells
            rows.add(row);
        });
        PsqlTable actual = new PsqlTable(columns, rows);
        List<PsqlTable.Alignment> alignments = new ArrayList<>();
        last.get("rightAligned").forEach(r -> alignments.add(r.asBoolean() ? PsqlTable.Alignment.RIGHT : PsqlTable.Alignment.LEFT));
        List<String> differences = TableComparison.differences(PsqlTable.parse(example.expected().lines().toList()),
                actual, example.expectedLine());
        return differences.isEmpty() ? ListingOutcome.passed(example)
                : ListingOutcome.failed(example, "the result differs from the [.sql-result] block at line "
                + example.expectedLine() + "\n  " + String.join("\n  ", differences)
                + "\nexpected (the chapter):\n" + example.expected().stripTrailing()
                + "\nactual (PGlite; ready to paste):\n" + actual.format(alignments));
    }

    private static String opening(String statement) {
        String line = statement.strip().lines().findFirst().orElse("");
        return line.length() > 80 ? line.substring(0, 77) + "..." : line;
    }
}
