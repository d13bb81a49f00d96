package handbook.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query result as psql shows it in its default aligned format: column names and rows of cell texts.
 * NULL is the empty string, as psql prints it. Chapters show expected results in this form; the test suite turns
 * real results into it, so that both compare cell by cell and a failure can print a table ready to paste.
 *
 * <pre>{@code
 *  customer_id | total
 * -------------+-------
 *           10 | 65.00
 * (1 row)
 * }</pre>
 *
 * @param columns the column names, trimmed
 * @param rows    the rows in order, each with one trimmed cell per column
 */
public record PsqlTable(List<String> columns, List<List<String>> rows) {

    private static final Pattern DASHES = Pattern.compile("^-+(\\+-+)*$");
    private static final Pattern FOOTER = Pattern.compile("^\\((\\d+) rows?\\)$");

    public PsqlTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row " + row + " has " + row.size() + " cells for "
                        + columns.size() + " columns");
            }
        }
    }

    /**
     * Reads psql's aligned output: a header line of column names separated by {@code |}, a line of dashes joined by
     * {@code +}, one line per row, optionally a {@code (N rows)} footer whose count must match. Cells are trimmed.
     * A row normally splits on {@code |}; when that gives the wrong number of cells (a value containing {@code |})
     * and the row is aligned as psql prints it, it is cut where the line of dashes has its {@code +} signs.
     *
     * @throws MalformedTableException naming the 0-based line that is not in this format
     */
    public static PsqlTable parse(List<String> lines) {
        List<String> text = lines.stream().map(String::stripTrailing).collect(ArrayList::new, List::add, List::addAll);
        while (!text.isEmpty() && text.get(text.size() - 1).isEmpty()) {
            text.remove(text.size() - 1);
        }
        if (text.isEmpty() || text.get(0).isBlank()) {
            throw new MalformedTableException(0, "expected a header line of column names separated by |");
        }
        if (text.size() < 2 || !DASHES.matcher(text.get(1).strip()).matches()) {
            throw new MalformedTableException(Math.min(1, text.size() - 1),
                    "expected psql's line of dashes under the header, like -----+------");
        }
        List<String> columns = trimmed(List.of(text.get(0).split("\\|", -1)));
        int dashColumns = text.get(1).strip().split("\\+").length;
        if (dashColumns != columns.size()) {
            throw new MalformedTableException(1, "the line of dashes has " + dashColumns
                    + " columns but the header has " + columns.size());
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 2; i < text.size(); i++) {
            String line = text.get(i);
            Matcher footer = FOOTER.matcher(line.strip());
            if (footer.matches()) {
                checkFooter(text, i, Integer.parseInt(footer.group(1)), rows.size());
                break;
            }
            if (line.isBlank()) {
                throw new MalformedTableException(i, "blank line inside the table");
            }
            rows.add(cells(line, text.get(1), columns.size(), i));
        }
        return new PsqlTable(columns, rows);
    }

    /**
     * Renders the table exactly as psql's aligned format does, minus trailing spaces: header names centred, cells
     * padded to the column's width, right-aligned where {@code alignments} says so (psql right-aligns numbers),
     * then {@code (N rows)}. Lines are joined with {@code \n}, without a final line break.
     */
    public String format(List<Alignment> alignments) {
        return PsqlTableFormatter.format(this, alignments);
    }

    /** {@link #format(List)} with every column left-aligned. */
    public String format() {
        return format(columns.stream().map(c -> Alignment.LEFT).toList());
    }

    /** How psql lines up a column's cells: numbers to the right, everything else to the left. */
    public enum Alignment { LEFT, RIGHT }

    private static void checkFooter(List<String> text, int index, int declared, int actual) {
        if (index != text.size() - 1) {
            throw new MalformedTableException(index + 1, "nothing may follow the (N rows) footer");
        }
        if (declared != actual) {
            throw new MalformedTableException(index, "the footer says " + text.get(index).strip()
                    + " but the table has " + actual + (actual == 1 ? " row" : " rows"));
        }
    }

    private static List<String> cells(String line, String dashes, int columnCount, int index) {
        List<String> split = trimmed(List.of(line.split("\\|", -1)));
        if (split.size() == columnCount) {
            return split;
        }
        List<String> byPosition = cutAtPlusSigns(line, dashes);
        if (byPosition.size() == columnCount) {
            return byPosition;
        }
        throw new MalformedTableException(index, "this row has " + split.size() + " cells but the header has "
                + columnCount + " columns");
    }

    /** Only a row psql aligned itself fits: no longer than the dashes, a {@code |} under each {@code +}. */
    private static List<String> cutAtPlusSigns(String line, String dashes) {
        if (line.length() > dashes.length()) {
            return List.of();
        }
        List<String> cells = new ArrayList<>();
        int start = 0;
        for (int plus = dashes.indexOf('+'); plus >= 0; plus = dashes.indexOf('+', plus + 1)) {
            if (plus >= line.length() || line.charAt(plus) != '|') {
                return List.of();
            }
            cells.add(line.substring(start, plus));
            start = plus + 1;
        }
        cells.add(line.substring(Math.min(start, line.length())));
        return trimmed(cells);
    }

    private static List<String> trimmed(List<String> cells) {
        return cells.stream().map(String::strip).toList();
    }
}
