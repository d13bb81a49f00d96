package handbook.lint;

import java.util.List;

/**
 * One source line with what Asciidoctor will make of it: prose it processes, a block delimiter, or content of a
 * verbatim, passthrough or comment block. Rules look only at the kinds they care about, so a {@code term:} macro in
 * a listing or a {@code ====} that closes an example block is never mistaken for something else.
 *
 * @param number 1-based line number
 * @param text the line without trailing white space
 * @param enclosing the delimiters of the blocks around the line, outermost first (empty at the top level)
 */
public record AdocLine(int number, String text, Kind kind, List<String> enclosing) {

    /** What the line is. */
    public enum Kind {
        /** Text Asciidoctor parses: paragraphs, lists, headings, block metadata, table cells. */
        TEXT,
        BLANK,
        /** A {@code //} comment line. */
        LINE_COMMENT,
        /** Opens or closes a delimited block. */
        DELIMITER,
        /** Inside a listing, literal or fenced block, a literal paragraph or a {@code [source]} paragraph. */
        VERBATIM,
        /** Raw output: inside a {@code ++++} block or a {@code [pass]} paragraph. */
        PASSTHROUGH,
        /** Inside a {@code ////} comment block or a {@code [comment]} paragraph. */
        COMMENT
    }

    public AdocLine {
        enclosing = List.copyOf(enclosing);
    }

    public boolean isText() {
        return kind == Kind.TEXT;
    }

    /** Outside every delimited block: where section headings are possible. */
    public boolean atTopLevel() {
        return enclosing.isEmpty();
    }

    /** Inside a table ({@code |===} and its nested forms). */
    public boolean inTable() {
        return enclosing.stream().anyMatch(BlockScanner::isTableDelimiter);
    }

    /** A block attribute line such as {@code [source,sql]} or {@code [.question%collapsible,level=mid]}. */
    public boolean isBlockAttributes() {
        return kind == Kind.TEXT && BlockScanner.isBlockAttributeLine(text);
    }

    /** A block title such as {@code .A star schema} (not a list item, not a delimiter). */
    public boolean isBlockTitle() {
        return kind == Kind.TEXT && BlockScanner.isBlockTitleLine(text);
    }
}
