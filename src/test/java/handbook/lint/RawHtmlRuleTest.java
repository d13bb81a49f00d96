package handbook.lint;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RawHtmlRuleTest {

    private static List<String> lint(String... lines) {
        return Lint.run(p -> RawHtmlRule.check(Lint.FILE, List.of(lines), p));
    }

    @Test
    void reportsDangerousPassthroughAtItsLine() {
        assertEquals(List.of(
                        "content/core/x.adoc:2: error: raw HTML passthrough carries a <script> element: contributed pages may not run scripts or embed content",
                        "content/core/x.adoc:5: error: raw HTML passthrough carries an <iframe>: contributed pages may not run scripts or embed content",
                        "content/core/x.adoc:6: error: raw HTML passthrough carries an event-handler attribute (on...=): contributed pages may not run scripts or embed content",
                        "content/core/x.adoc:9: error: raw HTML passthrough carries a javascript: URL: contributed pages may not run scripts or embed content",
                        "content/core/x.adoc:11: error: raw HTML passthrough carries an <embed>: contributed pages may not run scripts or embed content",
                        "content/core/x.adoc:11: error: raw HTML passthrough carries an <object>: contributed pages may not run scripts or embed content"),
                lint("++++", "<div><SCRIPT>alert(1)</SCRIPT></div>", "++++", "",
                        "Inline pass:[<iframe src=x></iframe>] here.",
                        "And +++<img src=x onerror=alert(1)>+++ there.", "",
                        "[pass]", "<a href=\"javascript:alert(1)\">x</a>", "",
                        "pass:q[<object data=x>] and +++<embed src=y>+++"));
    }

    @Test
    void harmlessPassthroughAndCodeAreFine() {
        assertEquals(List.of(), lint("++++", "<kbd>Ctrl</kbd>", "++++", "", "Use +<script>+ in text, pass:[<b>bold</b>].",
                "", "----", "<script>shown as code</script>", "----", "", "`onclick=handler` in monospace is text."));
    }
}
