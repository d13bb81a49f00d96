package handbook.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A heading as Asciidoctor sees it: a section title outside every delimited block, or a discrete heading
 * ({@code [discrete]}) anywhere. A {@code ==== Title} line inside an example block, or a {@code ====} line, is not one.
 *
 * @param line the heading's line
 * @param level the number of {@code =} signs: 1 for the document title, 2 for {@code ==}
 * @param title the title as written
 * @param discrete true for {@code [discrete]}/{@code [float]} headings, which are not sections
 * @param explicitId the id set by an anchor or {@code [#id]} above the heading (or {@code [[id]]} at its end)
 */
public record Heading(int line, int level, String title, boolean discrete, Optional<String> explicitId) {
    private static final Pattern TITLE = Pattern.compile("(={1,6})[ \\t]+(\\S.*?)(?:[ \\t]+\\1)?");
    private static final Pattern TRAILING_ANCHOR = Pattern.compile("(.*?)[ \\t]*\\[\\[([\\p{L}_:][\\p{L}\\p{M}\\p{Nd}\\p{Pc}:.-]*)(?:, *.+)?]]");
    private static final Pattern BLOCK_ANCHOR = Pattern.compile("\\[\\[([\\p{L}_:][\\p{L}\\p{M}\\p{Nd}\\p{Pc}:.-]*)(?:, *.+)?]]");

    /** Every heading of a scanned file, in order. */
    public static List<Heading> of(List<AdocLine> lines) {
        List<Heading> headings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            AdocLine line = lines.get(i);
            Matcher m = TITLE.matcher(line.text());
            if (!line.isText() || !m.matches() || !startsBlock(lines, i)) {
                continue;
            }
            boolean discrete = false;
            String id = null;
            for (int k = i - 1; k >= 0 && isMetadata(lines.get(k)); k--) {
                String text = lines.get(k).text();
                Matcher anchor = BLOCK_ANCHOR.matcher(text);
                if (anchor.matches()) {
                    id = id == null ? anchor.group(1) : id;
                } else if (lines.get(k).isBlockAttributes()) {
                    AttributeList attributes = AttributeList.parse(text);
                    discrete |= attributes.style().equals("discrete") || attributes.style().equals("float");
                    id = id == null ? attributes.id().orElse(null) : id;
                }
            }
            if (!discrete && !line.atTopLevel()) {
                continue;
            }
            String title = m.group(2);
            Matcher trailing = TRAILING_ANCHOR.matcher(title);
            if (trailing.matches()) {
                title = trailing.group(1);
                id = id == null ? trailing.group(2) : id;
            }
            headings.add(new Heading(line.number(), m.group(1).length(), title, discrete, Optional.ofNullable(id)));
        }
        return headings;
    }

    /** The heading text: {@code ==} for level 2. */
    public String marker() {
        return "=".repeat(level);
    }

    private static boolean isMetadata(AdocLine line) {
        return line.isBlockAttributes() || line.isBlockTitle() || line.kind() == AdocLine.Kind.LINE_COMMENT;
    }

    /** A heading must begin a block: a line inside a paragraph that starts with "== " is text. */
    private static boolean startsBlock(List<AdocLine> lines, int i) {
        if (i == 0) {
            return true;
        }
        AdocLine prev = lines.get(i - 1);
        boolean endsText = prev.kind() != AdocLine.Kind.TEXT && prev.kind() != AdocLine.Kind.VERBATIM
                && prev.kind() != AdocLine.Kind.PASSTHROUGH;
        return endsText || prev.isBlockAttributes() || prev.isBlockTitle() || BlockScanner.isAttributeEntry(prev.text());
    }
}
