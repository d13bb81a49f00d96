package handbook.lint;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SvgSafetyRuleTest {
    private static final String SVG = "content/core/images/x.svg";

    private static List<String> lint(String... lines) {
        return Lint.run(p -> SvgSafetyRule.check(SVG, List.of(lines), p));
    }

    @Test
    void acceptsAPlainDrawing() {
        assertEquals(List.of(), lint("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\">",
                "<defs><marker id=\"a\"/><style>.x{fill:url(#g)}</style></defs>", "<use xlink:href=\"#a\"/><text font-family=\"sans-serif\">Data on call</text>",
                "<rect fill=\"url(#g)\" width=\"1\" height=\"1\"/></svg>"));
    }

    @Test
    void reportsScriptsHandlersJavascriptAndExternalReferencesAtTheirLines() {
        assertEquals(List.of(
                        "content/core/images/x.svg:2: error: SVG carries a <script> element: diagrams must be plain drawings",
                        "content/core/images/x.svg:3: error: SVG carries an event-handler attribute (onload): diagrams must be plain drawings",
                        "content/core/images/x.svg:4: error: SVG carries a reference outside the file (href=\"javascript:alert(1)\"): diagrams must be plain drawings",
                        "content/core/images/x.svg:5: error: SVG carries a reference outside the file (xlink:href=\"https://tracker.example/p.png\"): diagrams must be plain drawings",
                        "content/core/images/x.svg:6: error: SVG carries a reference outside the file (href=\"//cdn.example/x\"): diagrams must be plain drawings",
                        "content/core/images/x.svg:7: error: SVG carries an external reference (url() or @import in <style>): diagrams must be plain drawings"),
                lint("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">", "<script>alert(1)</script>",
                        "<rect onload=\"x()\"/>", "<a href=\"javascript&#58;alert(1)\"/>", "<image xlink:href=\"https://tracker.example/p.png\"/>",
                        "<a href='//cdn.example/x'/>", "<style>@import url(http://fonts.example/f.css);</style>", "</svg>"));
    }

    @Test
    void readsWhatTheRedTeamHidFromTheLineBasedCheck() {
        assertEquals(List.of("content/core/images/x.svg:2: error: SVG carries an event-handler attribute (onload): diagrams must be plain drawings"),
                lint("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"20\" onload", "=\"alert(142)\"><text x=\"0\" y=\"15\">inline142</text></svg>"));
        assertEquals(List.of("content/core/images/x.svg:1: error: SVG carries a <s:script> element: diagrams must be plain drawings"),
                lint("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:s=\"http://www.w3.org/2000/svg\"><s:script>alert(143)</s:script></svg>"));
        assertEquals(List.of("content/core/images/x.svg:1: error: SVG carries a <foreignObject> element: diagrams must be plain drawings"),
                lint("<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><p xmlns=\"http://www.w3.org/1999/xhtml\">x</p></foreignObject></svg>"));
        assertEquals(List.of("content/core/images/x.svg:1: error: SVG carries an animation of a link (href): diagrams must be plain drawings"),
                lint("<svg xmlns=\"http://www.w3.org/2000/svg\"><a><set attributeName=\"href\" to=\"javascript:alert(1)\"/></a></svg>"));
        List<String> doctype = lint("<!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>", "<svg xmlns=\"http://www.w3.org/2000/svg\">&b;</svg>");
        assertEquals(1, doctype.size(), doctype.toString());
        assertTrue(doctype.get(0).contains("DOCTYPE"), doctype.toString());
        List<String> broken = lint("<svg xmlns=\"http://www.w3.org/2000/svg\"><a>");
        assertTrue(broken.get(0).contains("malformed XML"), broken.toString());
    }
}
