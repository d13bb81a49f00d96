package handbook.lint;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlaceholderRuleTest {

    @Test
    void reportsEveryPlaceholderLineButIgnoresComments() {
        assertEquals(List.of(
                        "content/core/x.adoc:2: error: unfilled placeholder: replace 'FILL-IN: one sentence.' with your text",
                        "content/core/x.adoc:5: error: unfilled placeholder: replace 'FILL-IN: the first paragraph.' with your text"),
                Lint.run(p -> PlaceholderRule.check(Lint.FILE, List.of("= T", ":summary: FILL-IN: one sentence.", "",
                        "// Guidance: FILL-IN markers are found outside comments only", "FILL-IN: the first paragraph.", "",
                        "////", "FILL-IN in a comment block", "////"), p)));
    }
}
