package handbook.examples;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a chapter's expected table and PostgreSQL's real one disagree, one line per difference, each naming the
 * chapter line it concerns: the column names, the number of rows, then cells in order (at most
 * {@value #MAX_CELL_DIFFERENCES}, enough to see a pattern without flooding the log).
 */
final class TableComparison {

    static final int MAX_CELL_DIFFERENCES = 10;

    private TableComparison() {}

    /**
     * @param expectedLine the chapter line of the expected table's header; row {@code r} (0-based) is at
     *                     {@code expectedLine + 2 + r}
     * @return the differences, empty when the tables are equal
     */
    static List<String> differences(PsqlTable expected, PsqlTable actual, int expectedLine) {
        List<String> differences = new ArrayList<>();
        if (!expected.columns().equals(actual.columns())) {
            differences.add("line " + expectedLine + ": columns " + expected.columns()
                    + " but PostgreSQL returned " + actual.columns());
            if (expected.columns().size() != actual.columns().size()) {
                return differences;
            }
        }
        int expectedRows = expected.rows().size();
        int actualRows = actual.rows().size();
        if (expectedRows != actualRows) {
            differences.add("expected " + rows(expectedRows) + " but PostgreSQL returned " + rows(actualRows));
        }
        int cells = 0;
        for (int r = 0; r < Math.min(expectedRows, actualRows); r++) {
            for (int c = 0; c < expected.columns().size(); c++) {
                String want = expected.rows().get(r).get(c);
                String got = actual.rows().get(r).get(c);
                if (!want.equals(got) && cells++ < MAX_CELL_DIFFERENCES) {
                    differences.add("line " + (expectedLine + 2 + r) + ", row " + (r + 1) + ", column "
                            + actual.columns().get(c) + ": expected \"" + want + "\" but PostgreSQL returned \""
                            + got + "\"");
                }
            }
        }
        if (cells > MAX_CELL_DIFFERENCES) {
            differences.add("... and " + (cells - MAX_CELL_DIFFERENCES) + " more differing cells");
        }
        return differences;
    }

    private static String rows(int count) {
        return count + (count == 1 ? " row" : " rows");
    }
}
