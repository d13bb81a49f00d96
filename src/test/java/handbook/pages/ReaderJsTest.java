package handbook.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pure parts of the reading aids (code-copy.js, page-toc.js), run under Node: the same files the pages load. */
class ReaderJsTest {
    @Test
    void listingTextAndCurrentSection() throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("node", Path.of("src/test/resources/reader/reader-js-test.js").toAbsolutePath().toString(),
                    Path.of("assets/js/code-copy.js").toAbsolutePath().toString(),
                    Path.of("assets/js/page-toc.js").toAbsolutePath().toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("node is not on the PATH");
            return;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        JsonNode r = new ObjectMapper().readTree(out);
        assertEquals("SELECT 1;\n  FROM t", r.get("listing").asText(), "trailing spaces and blank lines go, indentation stays");
        assertEquals("a\n\nb", r.get("listingKeepsInnerBlankLines").asText());
        assertEquals(0, r.get("beforeAll").asInt(), "above the first heading: the first section");
        assertEquals(1, r.get("second").asInt(), "the last heading that passed the line");
        assertEquals(2, r.get("last").asInt());
        assertEquals(0, r.get("empty").asInt());
    }
}
