package handbook.examples;

import handbook.examples.PsqlTable.Alignment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PsqlTableTest {

    private static PsqlTable parse(String text) {
        return PsqlTable.parse(text.lines().toList());
    }

    @Test
    void parsesHeaderRowsAndFooterWithCellsTrimmed() {
        PsqlTable table = parse("""
                 customer_id | total |  note \s
                -------------+-------+--------
                          10 | 65.00 | first
                          11 |       |
                (2 rows)
                """);
        assertEquals(new PsqlTable(List.of("customer_id", "total", "note"),
                List.of(List.of("10", "65.00", "first"), List.of("11", "", ""))), table);
    }

    @Test
    void parsesATableWithoutFooterAndOneWithNoRows() {
        assertEquals(new PsqlTable(List.of("n"), List.of(List.of("1"))), parse(" n\n---\n 1\n\n"));
        assertEquals(new PsqlTable(List.of("?column?"), List.of()), parse(" ?column?\n----------\n(0 rows)"));
    }

    @Test
    void cutsARowWhoseValueHoldsAPipeWhereTheDashesHaveTheirPlusSigns() {
        PsqlTable table = parse("""
                  p  | x
                -----+---
                 a|b | 1
                (1 row)
                """);
        assertEquals(new PsqlTable(List.of("p", "x"), List.of(List.of("a|b", "1"))), table);
    }

    @Test
    void refusesTablesThatAreNotPsqlsAlignedFormat() {
        assertMalformed("", 0, "expected a header line of column names separated by |");
        assertMalformed(" n | m\n 1 | 2", 1, "expected psql's line of dashes under the header, like -----+------");
        assertMalformed(" n | m\n---", 1, "the line of dashes has 1 columns but the header has 2");
        assertMalformed(" n | m\n---+---\n 1 | 2 | 3", 2, "this row has 3 cells but the header has 2 columns");
        assertMalformed(" n\n---\n 1\n\n 2", 3, "blank line inside the table");
        assertMalformed(" n\n---\n 1\n(2 rows)", 3, "the footer says (2 rows) but the table has 1 row");
        assertMalformed(" n\n---\n(0 rows)\n 1", 3, "nothing may follow the (N rows) footer");
    }

    @Test
    void formatsLikePsqlCentredHeadersNumbersRightTrailingSpacesDropped() {
        PsqlTable table = new PsqlTable(List.of("ab", "n", "nn", "b", "l"),
                List.of(List.of("abcdef", "12345", "", "t", "left"), List.of("x", "7", "", "f", "")));
        assertEquals("""
                   ab   |   n   | nn | b |  l
                --------+-------+----+---+------
                 abcdef | 12345 |    | t | left
                 x      |     7 |    | f |
                (2 rows)""",
                table.format(List.of(Alignment.LEFT, Alignment.RIGHT, Alignment.RIGHT, Alignment.LEFT,
                        Alignment.LEFT)));
    }

    @Test
    void formatsOneRowAndNoRowsWithPsqlsFooter() {
        assertEquals(" n\n---\n 1\n(1 row)", new PsqlTable(List.of("n"), List.of(List.of("1"))).format());
        assertEquals(" ?column?\n----------\n(0 rows)", new PsqlTable(List.of("?column?"), List.of()).format());
    }

    @Test
    void formatsLineBreaksInsideValuesAsEscapes() {
        assertEquals("      m\n-------------\n multi\\nline\n(1 row)",
                new PsqlTable(List.of("m"), List.of(List.of("multi\nline"))).format());
    }

    @Test
    void parsesWhatItFormats() {
        PsqlTable table = new PsqlTable(List.of("id", "label", "amount"),
                List.of(List.of("1", "a|b", "10.50"), List.of("2", "", "-3")));
        String text = table.format(List.of(Alignment.RIGHT, Alignment.LEFT, Alignment.RIGHT));
        assertEquals(table, parse(text));
    }

    private static void assertMalformed(String text, int lineIndex, String message) {
        MalformedTableException e = assertThrows(MalformedTableException.class, () -> parse(text));
        assertEquals(message, e.getMessage());
        assertEquals(lineIndex, e.lineIndex());
    }
}
