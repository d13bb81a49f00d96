package handbook.lint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Classifies every line of an AsciiDoc file the way Asciidoctor reads blocks: a delimited block ends at the first
 * line equal to its opening delimiter (so {@code ====} inside a listing inside an example block closes the example
 * block, as it does in Asciidoctor), verbatim blocks hide their content from every other rule, and compound blocks
 * (example, sidebar, quote, open, table) are read again for nested blocks.
 */
public final class BlockScanner {
    private static final Pattern DELIMITER =
            Pattern.compile("-{4,}|\\.{4,}|={4,}|\\*{4,}|_{4,}|\\+{4,}|/{4,}|--|[|!,:]={3,}");
    private static final Pattern FENCE = Pattern.compile("```.*");
    private static final Pattern ATTRIBUTE_LIST = Pattern.compile("\\[(?:|[\\p{L}\\p{M}\\p{Nd}\\p{Pc}.#%{,\"'].*)]");
    private static final Pattern BLOCK_ANCHOR = Pattern.compile("\\[\\[(?:|[\\p{L}_:][\\p{L}\\p{M}\\p{Nd}\\p{Pc}:.-]*(?:, *.+)?)]]");
    private static final Pattern BLOCK_TITLE = Pattern.compile("\\.\\.?[^ \\t.].*");
    private static final Pattern ATTRIBUTE_ENTRY = Pattern.compile(":!?[\\w][\\w-]*!?:(?:[ \\t].*)?");
    private static final Set<String> VERBATIM_STYLES = Set.of("source", "listing", "literal", "stem", "latexmath", "asciimath");

    private BlockScanner() {}

    public static List<AdocLine> scan(List<String> lines) {
        String[] text = lines.stream().map(BlockScanner::stripTrailing).toArray(String[]::new);
        AdocLine[] out = new AdocLine[text.length];
        new Pass(text, out).range(0, text.length, List.of());
        return Arrays.asList(out);
    }

    static boolean isTableDelimiter(String delimiter) {
        return delimiter.length() >= 4 && "|!,:".indexOf(delimiter.charAt(0)) >= 0 && delimiter.charAt(1) == '=';
    }

    /** {@code [attributes]} or a block anchor {@code [[id]]}: metadata for the block that follows. */
    static boolean isBlockAttributeLine(String line) {
        return ATTRIBUTE_LIST.matcher(line).matches() || BLOCK_ANCHOR.matcher(line).matches();
    }

    static boolean isBlockTitleLine(String line) {
        return BLOCK_TITLE.matcher(line).matches() && !DELIMITER.matcher(line).matches();
    }

    static boolean isAttributeEntry(String line) {
        return ATTRIBUTE_ENTRY.matcher(line).matches();
    }

    static boolean isDelimiter(String line) {
        return DELIMITER.matcher(line).matches() || FENCE.matcher(line).matches();
    }

    private static String stripTrailing(String line) {
        return line.stripTrailing();
    }

    /** One scan over one file: fills {@code out} range by range. */
    private record Pass(String[] text, AdocLine[] out) {

        void range(int from, int to, List<String> enclosing) {
            int i = from;
            while (i < to) {
                String t = text[i];
                if (t.isEmpty()) {
                    put(i++, AdocLine.Kind.BLANK, enclosing);
                } else if (isDelimiter(t)) {
                    i = block(i, to, enclosing);
                } else if (t.startsWith("//")) {
                    put(i++, AdocLine.Kind.LINE_COMMENT, enclosing);
                } else if (isBlockAttributeLine(t)) {
                    put(i, AdocLine.Kind.TEXT, enclosing);
                    i = styledParagraph(i, to, enclosing);
                } else if (Character.isWhitespace(t.charAt(0)) && startsBlock(i, from) && !inTable(enclosing)) {
                    i = paragraph(i, to, AdocLine.Kind.VERBATIM, enclosing); // a literal paragraph
                } else {
                    put(i++, AdocLine.Kind.TEXT, enclosing);
                }
            }
        }

        /** A delimited block at {@code i}; returns the index after its closing delimiter. */
        private int block(int i, int to, List<String> enclosing) {
            String open = text[i];
            String terminator = open.startsWith("```") ? "```" : open;
            int end = -1;
            for (int j = i + 1; j < to && end < 0; j++) {
                if (text[j].equals(terminator)) {
                    end = j;
                }
            }
            int close = end < 0 ? to : end;
            List<String> inner = new ArrayList<>(enclosing);
            inner.add(terminator);
            put(i, AdocLine.Kind.DELIMITER, enclosing);
            Optional<AdocLine.Kind> content = contentKind(open, styleBefore(i));
            if (content.isPresent()) {
                for (int k = i + 1; k < close; k++) {
                    put(k, content.get(), inner);
                }
            } else {
                range(i + 1, close, inner);
            }
            if (end < 0) {
                return to;
            }
            put(end, AdocLine.Kind.DELIMITER, enclosing);
            return end + 1;
        }

        private static Optional<AdocLine.Kind> contentKind(String open, String style) {
            if (style.equals("pass")) {
                return Optional.of(AdocLine.Kind.PASSTHROUGH);
            }
            if (style.equals("comment")) {
                return Optional.of(AdocLine.Kind.COMMENT);
            }
            return switch (open.charAt(0)) {
                case '-' -> open.equals("--") && !VERBATIM_STYLES.contains(style)
                        ? Optional.empty() : Optional.of(AdocLine.Kind.VERBATIM);
                case '.', '`' -> Optional.of(AdocLine.Kind.VERBATIM);
                case '+' -> Optional.of(VERBATIM_STYLES.contains(style) ? AdocLine.Kind.VERBATIM : AdocLine.Kind.PASSTHROUGH);
                case '/' -> Optional.of(AdocLine.Kind.COMMENT);
                default -> Optional.empty();
            };
        }

        /** After an attribute line whose style makes the next paragraph verbatim, raw or a comment. */
        private int styledParagraph(int i, int to, List<String> enclosing) {
            int next = i + 1;
            String style = AttributeList.parse(text[i]).style();
            AdocLine.Kind kind = switch (style) {
                case "pass" -> AdocLine.Kind.PASSTHROUGH;
                case "comment" -> AdocLine.Kind.COMMENT;
                default -> VERBATIM_STYLES.contains(style) ? AdocLine.Kind.VERBATIM : null;
            };
            while (next < to && (isBlockAttributeLine(text[next]) || isBlockTitleLine(text[next]))) {
                put(next++, AdocLine.Kind.TEXT, enclosing);
            }
            if (kind == null || next >= to || text[next].isEmpty() || isDelimiter(text[next])) {
                return next;
            }
            return paragraph(next, to, kind, enclosing);
        }

        private int paragraph(int i, int to, AdocLine.Kind kind, List<String> enclosing) {
            int k = i;
            while (k < to && !text[k].isEmpty() && !isDelimiter(text[k])) {
                put(k++, kind, enclosing);
            }
            return k;
        }

        private boolean startsBlock(int i, int from) {
            if (i == from) {
                return true;
            }
            String prev = text[i - 1];
            return prev.isEmpty() || prev.equals("+") || isBlockAttributeLine(prev) || isBlockTitleLine(prev);
        }

        /** The style of the attribute lines directly above line {@code i}, or "". */
        private String styleBefore(int i) {
            String style = "";
            for (int k = i - 1; k >= 0 && (isBlockAttributeLine(text[k]) || isBlockTitleLine(text[k])); k--) {
                if (ATTRIBUTE_LIST.matcher(text[k]).matches() && style.isEmpty()) {
                    style = AttributeList.parse(text[k]).style();
                }
            }
            return style;
        }

        private static boolean inTable(List<String> enclosing) {
            return enclosing.stream().anyMatch(BlockScanner::isTableDelimiter);
        }

        private void put(int i, AdocLine.Kind kind, List<String> enclosing) {
            out[i] = new AdocLine(i + 1, text[i], kind, enclosing);
        }
    }
}
