package handbook.examples;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A real result read into psql's form: each cell is {@code getString}, which over the simple query protocol is
 * PostgreSQL's text output ({@code t}/{@code f}, {@code 65.00}, {@code 1 day 02:00:00}, {@code {1,2,3}}), and NULL
 * is the empty cell. Numeric columns are right-aligned, as psql does, so that the formatted table reads like psql's.
 */
record ResultSetTable(PsqlTable table, List<PsqlTable.Alignment> alignments) {

    /** The types psql right-aligns (its {@code column_type_alignment}). */
    private static final Set<String> RIGHT_ALIGNED = Set.of("int2", "int4", "int8", "float4", "float8", "numeric",
            "oid", "xid", "xid8", "cid", "money");

    static ResultSetTable read(ResultSet result) throws SQLException {
        ResultSetMetaData meta = result.getMetaData();
        List<String> columns = new ArrayList<>();
        List<PsqlTable.Alignment> alignments = new ArrayList<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            columns.add(meta.getColumnLabel(c));
            alignments.add(RIGHT_ALIGNED.contains(meta.getColumnTypeName(c))
                    ? PsqlTable.Alignment.RIGHT : PsqlTable.Alignment.LEFT);
        }
        List<List<String>> rows = new ArrayList<>();
        while (result.next()) {
            List<String> row = new ArrayList<>();
            for (int c = 1; c <= columns.size(); c++) {
                String value = result.getString(c);
                row.add(value == null ? "" : value.strip());
            }
            rows.add(row);
        }
        return new ResultSetTable(new PsqlTable(columns, rows), List.copyOf(alignments));
    }

    String format() {
        return table.format(alignments);
    }
}
