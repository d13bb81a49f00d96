package handbook.examples;

import handbook.build.Problem;
import handbook.build.Problems;
import handbook.examples.CheckedExample.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CheckedExampleExtractorTest {

    private static final String FILE = "content/core/x.adoc";

    private final Problems problems = new Problems();

    private List<CheckedExample> extract(String... lines) {
        return CheckedExampleExtractor.extract(FILE, List.of(lines), problems);
    }

    private List<String> problemLines() {
        return problems.all().stream().map(Problem::format).toList();
    }

    @Test
    void readsSetupResultErrorAndRunListingsWithTheirLines() {
        List<CheckedExample> examples = extract(
                "= Chapter",                                  // 1
                "",
                "[source,sql,check=setup]",                   // 3
                "----",
                "CREATE TABLE t (n int);",
                "INSERT INTO t VALUES (1);",
                "----",
                "",
                "[source,sql,check=result]",                  // 9
                "----",
                "SELECT n FROM t;",
                "----",
                "",
                "[.sql-result]",
                "....",
                " n",                                          // 16
                "---",
                " 1",
                "(1 row)",
                "....",
                "[source,sql,check=error]",                   // 21
                "----",
                "SELECT nope;",
                "----",
                "[source,python,check=run]",                  // 25
                "----",
                "print(1)",
                "----",
                "[.output]",
                "....",
                "1",                                           // 31
                "....");

        assertEquals(List.of(), problemLines());
        assertEquals(List.of(
                new CheckedExample(FILE, 3, "sql", Kind.SETUP, "CREATE TABLE t (n int);\nINSERT INTO t VALUES (1);",
                        null, 0),
                new CheckedExample(FILE, 9, "sql", Kind.RESULT, "SELECT n FROM t;", " n\n---\n 1\n(1 row)", 16),
                new CheckedExample(FILE, 21, "sql", Kind.ERROR, "SELECT nope;", null, 0),
                new CheckedExample(FILE, 25, "python", Kind.RUN, "print(1)", "1", 31)), examples);
    }

    @Test
    void acceptsAttributesInAnyOrderWithSpacesQuotesTitlesAndOptions() {
        List<CheckedExample> examples = extract(
                "[check = \"result\", source, SQL, linenums]",
                ".Totals per customer",
                "----",
                "SELECT 1 AS n; -- <1>",
                "----",
                "[.sql-result.small]",
                ".Result",
                "....",
                " n",
                "---",
                " 1",
                "....",
                "[source%nowrap,python,check=run]",
                "```python",
                "print('x')  # <2>",
                "```",
                "",
                "",
                "[role=output]",
                "....",
                "x",
                "....");

        assertEquals(List.of(), problemLines());
        assertEquals(List.of(
                new CheckedExample(FILE, 1, "sql", Kind.RESULT, "SELECT 1 AS n;", " n\n---\n 1", 9),
                new CheckedExample(FILE, 13, "python", Kind.RUN, "print('x')", "x", 21)), examples);
    }

    @Test
    void ignoresListingsWithoutCheckAndSyntaxShownInsideVerbatimBlocks() {
        List<CheckedExample> examples = extract(
                "[source,sql]",
                "----",
                "SELECT 1;",
                "----",
                "[.sql-result]",
                "....",
                "not a table, not compared",
                "....",
                "[source,asciidoc]",
                "------",
                "[source,sql,check=result]",
                "----",
                "SELECT 1;",
                "----",
                "------",
                "////",
                "[source,sql,check=bogus]",
                "////");

        assertEquals(List.of(), problemLines());
        assertEquals(List.of(), examples);
    }

    @Test
    void reportsAnUnknownCheckValue() {
        extract("", "[source,sql,check=results]", "----", "SELECT 1;", "----");
        assertEquals(List.of(FILE + ":2: error: unknown check value 'results'; a sql listing takes check=setup, "
                + "check=result or check=error"), problemLines());
    }

    @Test
    void reportsCheckOnALanguageOtherThanSqlOrPython() {
        extract("[source,bash,check=run]", "----", "echo 1", "----");
        assertEquals(List.of(FILE + ":1: error: check= is only supported on sql and python listings, not 'bash'"),
                problemLines());
    }

    @Test
    void reportsCheckWithoutALanguageOrOnABlockThatIsNotASourceListing() {
        extract("[source,check=result]", "----", "x", "----", "[listing,check=setup]", "----", "x", "----");
        assertEquals(List.of(
                FILE + ":1: error: check=result needs the listing's language: [source,sql,check=...] or "
                        + "[source,python,check=run]",
                FILE + ":5: error: check=setup is only allowed on a source listing: [source,sql,check=...] or "
                        + "[source,python,check=run]"), problemLines());
    }

    @Test
    void reportsRunOnSqlAndSqlChecksOnPython() {
        extract("[source,sql,check=run]", "----", "SELECT 1;", "----",
                "[source,python,check=result]", "----", "print(1)", "----",
                "[source,python,check=go]", "----", "print(1)", "----");
        assertEquals(List.of(
                FILE + ":1: error: check=run is for python listings; a sql listing takes check=setup, check=result "
                        + "or check=error",
                FILE + ":5: error: check=result is for sql listings; a python listing takes check=run",
                FILE + ":9: error: unknown check value 'go'; a python listing takes check=run"), problemLines());
    }

    @Test
    void reportsAResultOrRunListingWithoutItsExpectedBlock() {
        List<CheckedExample> examples = extract(
                "[source,sql,check=result]", "----", "SELECT 1;", "----", "",
                "Some prose instead of the result.",
                "[source,python,check=run]", "----", "print(1)", "----",
                "[.sql-result]", "....", " n", "---", "....");
        assertEquals(List.of(
                FILE + ":1: error: check=result listing must be followed by a [.sql-result] literal block (....) "
                        + "with the expected rows",
                FILE + ":7: error: check=run listing must be followed by a [.output] literal block (....) "
                        + "with the expected output"), problemLines());
        assertEquals(List.of(), examples);
    }

    @Test
    void reportsAnExpectedBlockThatIsNotALiteralBlock() {
        extract("[source,sql,check=result]", "----", "SELECT 1;", "----", "[.sql-result]", "----", " n", "----");
        assertEquals(List.of(FILE + ":5: error: [.sql-result] must be followed by a .... delimited literal block"),
                problemLines());
    }

    @Test
    void reportsACheckedAttributeWithoutAListingBlock() {
        extract("[source,sql,check=setup]", "SELECT 1;");
        assertEquals(List.of(FILE + ":1: error: check=setup must be followed by a ---- delimited listing block"),
                problemLines());
    }

    @Test
    void reportsAnUnterminatedListing() {
        extract("[source,sql,check=setup]", "----", "SELECT 1;", "---");
        assertEquals(List.of(FILE + ":2: error: unterminated listing block: no closing ---- before the end of "
                + "the file"), problemLines());
    }

    @Test
    void reportsAnUnterminatedExpectedBlock() {
        extract("[source,sql,check=result]", "----", "SELECT 1;", "----", "[.sql-result]", "....", " n", "---");
        assertEquals(List.of(FILE + ":6: error: unterminated literal block: no closing .... before the end of "
                + "the file"), problemLines());
    }

    @Test
    void reportsAnUnterminatedBlockThatWouldHideTheRestOfTheFile() {
        extract("....", "text", "[source,sql,check=setup]", "----", "SELECT 1;", "----");
        assertEquals(List.of(FILE + ":1: error: unterminated block: no closing .... before the end of the file"),
                problemLines());
    }

    @Test
    void reportsAMalformedResultTableAtItsLine() {
        extract("[source,sql,check=result]", "----", "SELECT 1 AS n, 2 AS m;", "----", "[.sql-result]", "....",
                " n | m", "---+---", " 1 | 2", " 3", "....");
        assertEquals(List.of(FILE + ":10: error: [.sql-result] is not psql's aligned format: this row has 1 cells "
                + "but the header has 2 columns"), problemLines());
    }

    @Test
    void reportsAResultShownAfterASetupListingAsUnchecked() {
        List<CheckedExample> examples = extract("[source,sql,check=setup]", "----", "SELECT 1 AS n;", "----", "",
                "[.sql-result]", "....", " n", "---", " 1", "....");
        assertEquals(List.of(FILE + ":6: error: a [.sql-result] block is only compared after a check=result "
                + "listing, not after check=setup"), problemLines());
        assertEquals(1, examples.size());
    }

    @Test
    void reportsAnEmptyListing() {
        extract("[source,sql,check=setup]", "----", "", "----");
        assertEquals(List.of(FILE + ":1: error: the checked listing is empty"), problemLines());
    }

    @Test
    void reportsEveryProblemAndKeepsTheValidListings() {
        List<CheckedExample> examples = extract(
                "[source,sql,check=nope]", "----", "SELECT 1;", "----",
                "[source,sql,check=setup]", "----", "SELECT 1;", "----",
                "[source,ruby,check=run]", "----", "puts 1", "----",
                "[source,sql,check=result]", "----", "SELECT 2;", "----");
        assertEquals(List.of(
                FILE + ":1: error: unknown check value 'nope'; a sql listing takes check=setup, check=result or "
                        + "check=error",
                FILE + ":9: error: check= is only supported on sql and python listings, not 'ruby'",
                FILE + ":13: error: check=result listing must be followed by a [.sql-result] literal block (....) "
                        + "with the expected rows"), problemLines());
        assertEquals(List.of(new CheckedExample(FILE, 5, "sql", Kind.SETUP, "SELECT 1;", null, 0)), examples);
    }
}
