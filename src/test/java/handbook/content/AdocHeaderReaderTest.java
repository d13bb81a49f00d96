package handbook.content;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdocHeaderReaderTest {
    @Test
    void readsTitleAndAttributesWithTheirLines() {
        AdocHeader h = AdocHeaderReader.read(List.of("// a comment", "", "= The Title", ":order: 20",
                "// inside the header", ":summary: One sentence.", ":empty:", "", ":not-header: x"));
        assertEquals("The Title", h.title());
        assertEquals(3, h.titleLine());
        assertEquals(new AdocHeader.Entry("20", 4), h.attributes().get("order"));
        assertEquals(new AdocHeader.Entry("One sentence.", 6), h.attributes().get("summary"));
        assertEquals(new AdocHeader.Entry("", 7), h.attributes().get("empty"));
        assertTrue(h.attribute("not-header").isEmpty(), "the header ends at the first blank line");
    }

    @Test
    void aFileWithoutTitleHasNone() {
        AdocHeader h = AdocHeaderReader.read(List.of("Just text.", ":order: 1"));
        assertNull(h.title());
        assertTrue(h.attributes().isEmpty());
        assertEquals(1, h.anchorLine());
    }

    @Test
    void skipsBlockCommentsBeforeTheTitle() {
        AdocHeader h = AdocHeaderReader.read(List.of("////", "= Not a title", "////", "= Real"));
        assertEquals("Real", h.title());
        assertEquals(4, h.titleLine());
    }
}
