package handbook.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * psql's aligned output format ({@code \pset format aligned}, {@code border 1}), reproduced for tables the test
 * suite builds from real results: what a failure prints can be pasted into a {@code [.sql-result]} block as is.
 * Widths count code points. A value with line breaks is shown on one line with {@code \n} escapes instead of psql's
 * {@code +} continuation lines, which {@link PsqlTable#parse} does not read: such values cannot be checked.
 */
final class PsqlTableFormatter {

    private PsqlTableFormatter() {}

    static String format(PsqlTable original, List<PsqlTable.Alignment> alignments) {
        PsqlTable table = new PsqlTable(oneLine(original.columns()),
                original.rows().stream().map(PsqlTableFormatter::oneLine).toList());
        int count = table.columns().size();
        if (alignments.size() != count) {
            throw new IllegalArgumentException(alignments.size() + " alignments for " + count + " columns");
        }
        int[] widths = new int[count];
        for (int c = 0; c < count; c++) {
            widths[c] = width(table.columns().get(c));
            for (List<String> row : table.rows()) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(line(table.columns(), c -> centred(table.columns().get(c), widths[c])));
        lines.add(dashes(widths));
        for (List<String> row : table.rows()) {
            lines.add(line(row, c -> padded(row.get(c), widths[c], alignments.get(c))));
        }
        int n = table.rows().size();
        lines.add("(" + n + (n == 1 ? " row)" : " rows)"));
        return String.join("\n", lines);
    }

    private static String line(List<String> cells, IntFunction<String> cell) {
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            out.append(c == 0 ? " " : " | ").append(cell.apply(c));
        }
        return out.toString().stripTrailing();
    }

    private static String dashes(int[] widths) {
        List<String> parts = new ArrayList<>();
        for (int width : widths) {
            parts.add("-".repeat(width + 2));
        }
        return String.join("+", parts);
    }

    /** psql centres a header, the odd space going to the right. */
    private static String centred(String text, int width) {
        int room = width - width(text);
        return " ".repeat(room / 2) + text + " ".repeat(room - room / 2);
    }

    private static String padded(String text, int width, PsqlTable.Alignment alignment) {
        String padding = " ".repeat(width - width(text));
        return alignment == PsqlTable.Alignment.RIGHT ? padding + text : text + padding;
    }

    private static List<String> oneLine(List<String> cells) {
        return cells.stream().map(c -> c.replace("\r\n", "\\n").replace("\n", "\\n")).toList();
    }

    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }
}
