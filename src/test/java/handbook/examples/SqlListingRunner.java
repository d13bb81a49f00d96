package handbook.examples;

import handbook.examples.CheckedExample.Kind;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one checked SQL listing on a chapter's connection as psql would (statement by statement, each committed
 * on its own, carrying on after an error) and judges it by its kind: setup must succeed, error must fail, result
 * must succeed and its last statement's rows must equal the chapter's {@code [.sql-result]} table.
 */
final class SqlListingRunner {

    private SqlListingRunner() {}

    static ListingOutcome run(Connection connection, CheckedExample example) {
        List<String> statements = SqlStatements.split(example.code());
        List<String> errors = new ArrayList<>();
        ResultSetTable last = null;
        for (int i = 0; i < statements.size(); i++) {
            try {
                last = execute(connection, statements.get(i));
            } catch (SQLException e) {
                last = null;
                errors.add("statement " + (i + 1) + " of " + statements.size() + " (" + opening(statements.get(i))
                        + ") failed: " + firstLine(e.getMessage()));
            }
        }
        if (example.kind() == Kind.ERROR) {
            return errors.isEmpty()
                    ? ListingOutcome.failed(example, "the listing should fail, but all " + statements.size()
                    + " statement" + (statements.size() == 1 ? "" : "s") + " succeeded")
                    : ListingOutcome.passed(example, String.join("; ", errors));
        }
        if (!errors.isEmpty()) {
            return ListingOutcome.failed(example, String.join("\n  ", errors));
        }
        if (example.kind() == Kind.SETUP) {
            return ListingOutcome.passed(example);
        }
        if (last == null) {
            return ListingOutcome.failed(example, "the last statement (" + opening(statements.get(
                    statements.size() - 1)) + ") returned no rows; a check=result listing must end with a query");
        }
        return compare(example, last);
    }

    /** Runs one statement; returns its result set (the last one, should it produce several), or null. */
    private static ResultSetTable execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.setEscapeProcessing(false);
            ResultSetTable table = null;
            boolean isResultSet = statement.execute(sql);
            while (true) {
                if (isResultSet) {
                    table = ResultSetTable.read(statement.getResultSet());
                } else if (statement.getUpdateCount() == -1) {
                    return table;
                }
                isResultSet = statement.getMoreResults();
            }
        }
    }

    private static ListingOutcome compare(CheckedExample example, ResultSetTable actual) {
        PsqlTable expected = PsqlTable.parse(example.expected().lines().toList());
        List<String> differences = TableComparison.differences(expected, actual.table(), example.expectedLine());
        if (differences.isEmpty()) {
            return ListingOutcome.passed(example);
        }
        return ListingOutcome.failed(example, "the result differs from the [.sql-result] block at line "
                + example.expectedLine() + "\n  " + String.join("\n  ", differences)
                + "\nexpected (the chapter):\n" + example.expected().stripTrailing()
                + "\nactual (PostgreSQL; ready to paste):\n" + actual.format());
    }

    /** The first line of a statement, shortened to 80 characters: enough to find it in the listing. */
    private static String opening(String statement) {
        String line = firstLine(statement);
        return line.length() > 80 ? line.substring(0, 77) + "..." : line;
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.strip().lines().findFirst().orElse("");
    }
}
