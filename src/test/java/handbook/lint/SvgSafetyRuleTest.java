package handbook.lint;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SvgSafetyRuleTest {
    private static final String SVG = "content/core/images/x.svg";

    private static List<String> lint(String... lines) {
        return Lint.run(p -> SvgSafetyRule.check(SVG, List.of(lines), p));
    }

    @Test
    void acceptsAPlainDrawing() {
        assertEquals(List.of(), lint("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\">",
                "<defs><marker id=\"a\"/></defs>", "<use xlink:href=\"#a\"/><text font-family=\"sans-serif\">Data on call</text>", "</svg>"));
    }

    @Test
    void reportsScriptsHandlersJavascriptAndExternalReferencesAtTheirLines() {
        assertEquals(List.of(
                        "content/core/images/x.svg:2: error: SVG carries a <script> element: diagrams must be plain drawings",
                        "content/core/images/x.svg:3: error: SVG carries an event-handler attribute (on...=): diagrams must be plain drawings",
                        "content/core/images/x.svg:4: error: SVG carries a javascript: URL: diagrams must be plain drawings",
                        "content/core/images/x.svg:5: error: SVG carries an external reference (href or url() to http/https): diagrams must be plain drawings",
                        "content/core/images/x.svg:6: error: SVG carries an external reference (href or url() to http/https): diagrams must be plain drawings",
                        "content/core/images/x.svg:7: error: SVG carries an external reference (href or url() to http/https): diagrams must be plain drawings"),
                lint("<svg xmlns=\"http://www.w3.org/2000/svg\">", "<script>alert(1)</script>", "<rect\n onload=\"x()\"/>".replace("\n", ""),
                        "<a href=\"javascript:alert(1)\">", "<image xlink:href=\"https://tracker.example/p.png\"/>",
                        "<a href='//cdn.example/x'>", "<style>@import url(http://fonts.example/f.css);</style>", "</svg>"));
    }
}
