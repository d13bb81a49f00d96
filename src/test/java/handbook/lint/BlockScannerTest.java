package handbook.lint;

import org.junit.jupiter.api.Test;

import java.util.List;

import static handbook.lint.AdocLine.Kind.BLANK;
import static handbook.lint.AdocLine.Kind.COMMENT;
import static handbook.lint.AdocLine.Kind.DELIMITER;
import static handbook.lint.AdocLine.Kind.LINE_COMMENT;
import static handbook.lint.AdocLine.Kind.PASSTHROUGH;
import static handbook.lint.AdocLine.Kind.TEXT;
import static handbook.lint.AdocLine.Kind.VERBATIM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BlockScannerTest {

    private static List<AdocLine.Kind> kinds(String... lines) {
        return BlockScanner.scan(List.of(lines)).stream().map(AdocLine::kind).toList();
    }

    @Test
    void exampleBlocksAreReadAgainForNestedBlocks() {
        List<AdocLine> lines = BlockScanner.scan(List.of("====", "==== Not a heading", "----", "code", "----", "====", "after"));
        assertEquals(List.of(DELIMITER, TEXT, DELIMITER, VERBATIM, DELIMITER, DELIMITER, TEXT),
                lines.stream().map(AdocLine::kind).toList());
        assertEquals(List.of("===="), lines.get(1).enclosing());
        assertEquals(List.of("====", "----"), lines.get(3).enclosing());
        assertTrue(lines.get(6).atTopLevel());
    }

    @Test
    void aBlockEndsAtTheFirstLineEqualToItsDelimiterAsInAsciidoctor() {
        // The inner ==== closes the example block, even inside the listing: Asciidoctor reads blocks the same way.
        assertEquals(List.of(DELIMITER, DELIMITER, VERBATIM, DELIMITER, TEXT, DELIMITER, VERBATIM),
                kinds("====", "----", "x", "====", "after", "----", "y"));
    }

    @Test
    void verbatimRawAndCommentContentIsHidden() {
        assertEquals(List.of(DELIMITER, VERBATIM, DELIMITER, DELIMITER, PASSTHROUGH, DELIMITER, DELIMITER, COMMENT, DELIMITER,
                        DELIMITER, VERBATIM, DELIMITER, LINE_COMMENT),
                kinds("....", "term:x[]", "....", "++++", "<b>", "++++", "////", "== No", "////", "```python", "print()", "```",
                        "// note"));
    }

    @Test
    void styledAndIndentedParagraphsAreVerbatimUntilTheBlankLine() {
        assertEquals(List.of(TEXT, VERBATIM, VERBATIM, BLANK, TEXT, PASSTHROUGH, BLANK, TEXT, COMMENT, BLANK, VERBATIM, BLANK,
                        TEXT, TEXT),
                kinds("[source,sql]", "SELECT 1", "FROM t", "", "[pass]", "<i>raw</i>", "", "[comment]", "hidden", "",
                        "  literal text", "", "* item", "  continued item text"));
    }

    @Test
    void styleOnADelimitedBlockDecidesItsContent() {
        assertEquals(List.of(TEXT, DELIMITER, COMMENT, DELIMITER, TEXT, DELIMITER, VERBATIM, DELIMITER),
                kinds("[comment]", "--", "x", "--", "[source]", "--", "y", "--"));
    }

    @Test
    void tableCellsAreTextInsideATable() {
        List<AdocLine> lines = BlockScanner.scan(List.of("|===", "|a |term:x[]", "|==="));
        assertEquals(TEXT, lines.get(1).kind());
        assertTrue(lines.get(1).inTable());
        assertFalse(lines.get(2).inTable());
    }

    @Test
    void anUnclosedBlockRunsToTheEnd() {
        assertEquals(List.of(TEXT, DELIMITER, VERBATIM, VERBATIM), kinds("x", "----", "a", "== b"));
    }

    @Test
    void recognisesMetadataLines() {
        List<AdocLine> lines = BlockScanner.scan(List.of("[.question%collapsible,level=mid]", "[[anchor]]", ".A title", ". item", "...."));
        assertTrue(lines.get(0).isBlockAttributes());
        assertTrue(lines.get(1).isBlockAttributes());
        assertTrue(lines.get(2).isBlockTitle());
        assertFalse(lines.get(3).isBlockTitle());
        assertEquals(DELIMITER, lines.get(4).kind());
    }
}
