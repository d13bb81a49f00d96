package handbook.sanitize;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlSanitizerTest {
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    private List<String> removed(String html) {
        return sanitizer.sanitize(html).removals().stream().map(HtmlSanitizer.Removal::what).toList();
    }

    @Test
    void keepsWhatAsciidoctorProducesUnchanged() {
        String html = "<div class=\"sect1\"><h2 id=\"why\">Why</h2><div class=\"paragraph\"><p>A <a href=\"../b/c.html#x\">link</a>, "
                + "<a href=\"https://example.com\" class=\"bare\" target=\"_blank\" rel=\"noopener\">x</a>, <a href=\"mailto:a@b.c\">m</a>, "
                + "<em>e</em> <strong>s</strong> <code>c</code> <mark>m</mark> <sup>1</sup><sub>2</sub> <kbd>K</kbd> <span class=\"term\">t</span>"
                + "<br></p></div><div class=\"imageblock\"><div class=\"content\"><img src=\"images/a.svg\" alt=\"A\" width=\"300\" height=\"20%\" loading=\"lazy\">"
                + "<img src=\"data:image/png;base64,AAAA\" alt=\"d\"></div></div>"
                + "<table class=\"tableblock\" style=\"width: 50%;\"><colgroup><col style=\"width: 33.3333%;\"></colgroup><thead><tr><th class=\"tableblock\" colspan=\"2\">h</th></tr></thead>"
                + "<tbody><tr><td rowspan=\"2\">d</td></tr></tbody><tfoot><tr><td>f</td></tr></tfoot><caption class=\"title\">c</caption></table>"
                + "<div class=\"olist\"><ol class=\"arabic\" start=\"3\" type=\"a\" reversed><li><p>i</p></li></ol></div>"
                + "<details class=\"question\" open><summary class=\"title\">Q</summary><div class=\"content\"></div></details>"
                + "<div class=\"listingblock\"><pre class=\"rouge highlight\"><code data-lang=\"sql\"><span class=\"k\">SELECT</span>  1</code></pre></div>"
                + "<dl><dt class=\"hdlist1\">t</dt><dd>d</dd></dl><blockquote>q<cite>c</cite></blockquote><hr>"
                + "<video src=\"media/v.mp4\" width=\"640\" controls preload=\"none\" poster=\"images/p.png\"></video>"
                + "<audio src=\"media/a.mp3\" controls></audio><del>d</del><ins>i</ins><s>s</s><u>u</u><small>s</small>"
                + "<abbr title=\"t\">a</abbr><var>v</var><q>q</q><b>b</b><i>i</i><h3 id=\"_a-b.c\">h</h3><h4>h</h4><h5>h</h5><h6>h</h6>";
        HtmlSanitizer.Result result = sanitizer.sanitize(html);
        assertEquals(List.of(), result.removals());
        org.jsoup.nodes.Document same = org.jsoup.Jsoup.parseBodyFragment(html);
        same.outputSettings().prettyPrint(false).escapeMode(org.jsoup.nodes.Entities.EscapeMode.base);
        assertEquals(same.body().html(), result.html().replace("controls=\"\"", "controls"), "only re-serialized, nothing dropped");
    }

    @Test
    void reportsEveryDangerousThingWithTheMarkerBeforeIt() {
        HtmlSanitizer.Result r = sanitizer.sanitize("<div class=\"paragraph hb-src-0\"><p>ok</p></div>"
                + "<div class=\"hb-src-1 x\" onmouseover=\"alert(1)\"><p>p</p></div><!--hb-src-2-->\n<script>alert(2)</script>");
        assertEquals(List.of(new HtmlSanitizer.Removal(1, "the attribute onmouseover=\"alert(1)\" on <div>"),
                new HtmlSanitizer.Removal(2, "the <script> element")), r.removals());
        assertFalse(r.html().contains("hb-src"), r.html());
        assertFalse(r.html().contains("alert"), r.html());
    }

    @Test
    void refusesTheRedTeamsElementsAndUrls() {
        for (String html : List.of("<script>x</script>", "<style>b{}</style>", "<base href=\"http://e/\">",
                "<meta http-equiv=\"refresh\" content=\"0;url=http://e\">", "<link rel=\"stylesheet\" href=\"//e/x.css\">",
                "<form action=\"javascript&#58;alert(1)\"><button>b</button></form>", "<object data=\"x.svg\"></object>",
                "<embed src=\"x\">", "<iframe src=\"https://www.youtube.com/embed/x\"></iframe>", "<svg><script>x</script></svg>",
                "<math><mi>x</mi></math>", "<input type=\"checkbox\">", "<template><p>x</p></template>", "<!-- c -->",
                "<a href=\"javascript:alert(1)\">x</a>", "<a href=\"JaVaScRiPt:alert(1)\">x</a>", "<a href=\"java&#9;script:alert(1)\">x</a>",
                "<a href=\" &#1;javascript:alert(1)\">x</a>", "<a href=\"javascript&#58;alert(1)\">x</a>", "<a href=\"data:text/html;base64,PHA+\">x</a>",
                "<a href=\"vbscript:x\">x</a>", "<a href=\"\\\\evil.example\">x</a>", "<img src=\"data:,x\">", "<img src=\"data:image/svg+xml,<svg onload=x>\">",
                "<img src=\"x\" onerror=\"alert(1)\">", "<a href=\"#\" target=\"x\">t</a>", "<a href=\"#\" rel=\"opener\">t</a>",
                "<img src=\"x\" width=\"1 onmouseover\">", "<ol start=\"1&quot; x\"></ol>", "<table><colgroup><col style=\"background:url(x)\"></colgroup></table>",
                "<div style=\"color:red\">x</div>", "<p id=\"a b\">x</p>", "<p data-x=\"1\">x</p>", "<a href=\"#\" name=\"x\">x</a>",
                "<video src=\"x\" autoplay></video>", "<img src=\"x\" srcset=\"http://e/x 2x\">", "<svg><a xlink:href=\"javascript:alert(1)\">x</a></svg>")) {
            assertFalse(removed(html).isEmpty(), html);
        }
    }

    @Test
    void urlPolicy() {
        assertTrue(ContentSafelist.isSafeUrl("a", "chapter.html#x"));
        assertTrue(ContentSafelist.isSafeUrl("a", "#x"));
        assertTrue(ContentSafelist.isSafeUrl("a", "//example.com/x"));
        assertTrue(ContentSafelist.isSafeUrl("img", "data:image/webp;base64,AA"));
        assertFalse(ContentSafelist.isSafeUrl("a", "data:image/png;base64,AA"));
        assertFalse(ContentSafelist.isSafeUrl("img", "mailto:x@y"));
        assertFalse(ContentSafelist.isSafeUrl("img", "https://tracker.example/p.png"));
        assertFalse(ContentSafelist.isSafeUrl("img", "//tracker.example/p.png"));
        assertTrue(ContentSafelist.isSafeUrl("img", "images/p.png"));
        assertFalse(ContentSafelist.isSafeUrl("a", "java\nscript:alert(1)"));
        assertFalse(ContentSafelist.isSafeUrl("a", "\u0000javascript:alert(1)"));
    }
}
