package handbook.lint;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HeadingLevelRuleTest {

    private static List<String> lint(String... lines) {
        return Lint.run(p -> HeadingLevelRule.check(Lint.FILE, List.of(lines), p));
    }

    @Test
    void reportsASkippedLevelAtItsLine() {
        assertEquals(List.of("content/core/x.adoc:5: error: heading level skips from == to ====: use === here"),
                lint("= Title", "", "== Section", "", "==== Too deep", "", "=== Fine", "", "==== Fine too"));
    }

    @Test
    void reportsALevelOneHeadingOtherThanTheTitle() {
        assertEquals(List.of("content/core/x.adoc:6: error: a level-1 heading ('= ') is only for the page title: use '== Second title' for a section"),
                lint("= Title", ":order: 1", "", "== A", "", "= Second title", ""));
    }

    @Test
    void theFirstSectionMayNotSkipEither() {
        assertEquals(List.of("content/core/x.adoc:3: error: heading level skips from = to ===: use == here"),
                lint("= Title", "", "=== Too deep"));
    }

    @Test
    void exampleBlockDelimitersAndTitlesInsideBlocksAreNotHeadings() {
        assertEquals(List.of(), lint("= Title", "", "== Section", "", "====", "==== Inside an example", "====", "",
                "----", "===== in a listing", "----", "", "[discrete]", "==== A discrete heading", "",
                "Text", "== not a heading mid-paragraph"));
    }
}
