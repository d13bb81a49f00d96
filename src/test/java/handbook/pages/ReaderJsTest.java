package handbook.pages;

import handbook.build.NodeScript;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The pure parts of the reading aids (code-copy.js, page-toc.js), run under Node: the same files the pages load. */
class ReaderJsTest {
    @Test
    void listingTextAndCurrentSection() throws Exception {
        JsonNode r = NodeScript.run(60, Path.of("src/test/resources/reader/reader-js-test.js").toAbsolutePath().toString(),
                Path.of("assets/js/code-copy.js").toAbsolutePath().toString(),
                Path.of("assets/js/page-toc.js").toAbsolutePath().toString());
        assertEquals("SELECT 1;\n  FROM t", r.get("listing").asText(), "trailing spaces and blank lines go, indentation stays");
        assertEquals("a\n\nb", r.get("listingKeepsInnerBlankLines").asText());
        assertEquals(0, r.get("beforeAll").asInt(), "above the first heading: the first section");
        assertEquals(1, r.get("second").asInt(), "the last heading that passed the line");
        assertEquals(2, r.get("last").asInt());
        assertEquals(0, r.get("empty").asInt());
    }
}
