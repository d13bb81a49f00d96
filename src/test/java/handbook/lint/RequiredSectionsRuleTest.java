package handbook.lint;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RequiredSectionsRuleTest {

    private static List<String> lint(List<String> lines) {
        return Lint.run(p -> RequiredSectionsRule.check(Lint.FILE, lines, p));
    }

    private static List<String> chapter(String... headings) {
        List<String> lines = new ArrayList<>(List.of("= Title", ":order: 10", ""));
        for (String h : headings) {
            lines.add(h);
            lines.add("");
        }
        return lines;
    }

    @Test
    void acceptsTheSixSectionsInOrderWithOthersBetweenCaseInsensitive() {
        assertEquals(List.of(), lint(chapter("== Why it matters in the interview", "== Core idea", "=== Detail",
                "== Worked example: a type 2 load", "== worked examples, again", "== SENIOR SIGNALS", "== Interview questions",
                "== Common pitfalls", "== Further reading")));
    }

    @Test
    void reportsEachMissingSectionAtTheTitle() {
        assertEquals(List.of(
                        "content/core/x.adoc:1: error: missing required section '== Common pitfalls' (a level-2 heading starting with 'Common pitfalls')",
                        "content/core/x.adoc:1: error: missing required section '== Senior signals' (a level-2 heading starting with 'Senior signals')"),
                lint(chapter("== Why it matters", "== Worked example", "=== Senior signals", "== Interview questions",
                        "== Further reading")));
    }

    @Test
    void reportsASectionOutOfOrderAtItsLine() {
        assertEquals(List.of("content/core/x.adoc:8: error: section '== Worked example' is out of order: it must come before "
                        + "'== Senior signals' (line 6); the required sections are, in order: Why it matters, Worked example, "
                        + "Senior signals, Interview questions, Common pitfalls, Further reading"),
                lint(chapter("== Why it matters", "== Senior signals", "== Worked example", "== Interview questions",
                        "== Common pitfalls", "== Further reading")));
    }

    @Test
    void aSectionTitleInsideAnExampleBlockDoesNotCount() {
        List<String> lines = chapter("== Why it matters", "== Worked example", "== Senior signals", "== Interview questions",
                "== Common pitfalls");
        lines.addAll(List.of("====", "== Further reading", "===="));
        assertEquals(List.of("content/core/x.adoc:1: error: missing required section '== Further reading' (a level-2 heading starting with 'Further reading')"),
                lint(lines));
    }
}
