package handbook.lint;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProseSizeRuleTest {

    @Test
    void countsProseOnly() {
        List<String> lines = List.of(
                "= Title words are not counted",
                ":summary: Nor the header attributes.",
                "",
                "== Headings are not counted",
                "",
                "One two three term:star-schema[four five] <<anchor,six>> xref:a.adoc[seven].",   // 7
                "",
                "* eight nine",                                                                       // 2
                ". ten",                                                                              // 1
                "",
                ".Eleven twelve",                                                                     // 2
                "[source,sql]",
                "----",
                "SELECT not counted FROM listing;",
                "----",
                "",
                "....",
                "literal results are not counted",
                "....",
                "",
                "|===",
                "|table cells |are not counted",
                "|===",
                "",
                ":attribute: not counted",
                "image::images/x.svg[Alt text not counted]",
                "// comment not counted",
                "",
                "[.question%collapsible,level=mid,round=sql]",
                ".Thirteen?",                                                                         // 1
                "====",
                "Fourteen fifteen -- 42.",                                                            // 3
                "====");
        assertEquals(16, ProseSizeRule.count(lines));
    }

    @Test
    void warnsBelowTheMinimumAtTheTitleLine() {
        List<String> lines = new ArrayList<>(List.of("= Short", ":order: 1", "", "== Why it matters", ""));
        lines.add("word ".repeat(1499).strip());
        assertEquals(List.of("content/core/x.adoc:1: warning: the chapter has 1499 words of prose; aim for at least 1,500 (2,000-3,000 is typical)"),
                Lint.run(p -> ProseSizeRule.check(Lint.FILE, lines, p)));
        lines.add("word");
        assertEquals(List.of(), Lint.run(p -> ProseSizeRule.check(Lint.FILE, lines, p)));
    }
}
