package handbook.asciidoc;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each extension converts a tiny document; the assertions are on the HTML. Extensions come in through the SPI. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtensionsTest {
    private final Asciidoctor asciidoctor = Asciidoctor.Factory.create();

    private Document convert(String source) {
        return Jsoup.parse(asciidoctor.convert(source, Options.builder().safe(SafeMode.SERVER).build()));
    }

    @Test
    void termMacroRendersALinkToTheEntry() {
        Document d = convert("A term:slowly-changing-dimension[] and term:grain[the grain].");
        var links = d.select("a.term");
        assertEquals(2, links.size());
        assertEquals("#term-slowly-changing-dimension", links.get(0).attr("href"));
        assertEquals("", links.get(0).text(), "the name is filled in by the glossary stage");
        assertEquals("#term-grain", links.get(1).attr("href"));
        assertEquals("the grain", links.get(1).text());
    }

    @Test
    void questionsCarryTheirLevelAndRoundAsClasses() {
        Document d = convert("[.question%collapsible,level=staff,round=system-design]\n.Why?\n====\nBecause.\n====\n");
        var details = d.selectFirst("details.question");
        assertNotNull(details);
        assertTrue(details.hasClass("level-staff") && details.hasClass("round-system-design"), details.outerHtml());
        assertEquals("Why?", details.selectFirst("summary").text());
    }

    @Test
    void checkedListingsCarryTheirCheckAsARole() {
        Document d = convert("[source,sql,check=setup]\n----\nCREATE TABLE t (x int);\n----\n\n"
                + "[source,sql,check=result]\n----\nSELECT 1;\n----\n\n[source,sql]\n----\nSELECT 2;\n----\n");
        var listings = d.select("div.listingblock");
        assertEquals(3, listings.size());
        assertTrue(listings.get(0).hasClass("check-setup"), listings.get(0).outerHtml());
        assertTrue(listings.get(1).hasClass("check-result"));
        assertEquals("listingblock", listings.get(2).className());
    }

    @Test
    void anExplicitIdOnAQuestionReachesTheHtml() {
        Document d = convert("[.question%collapsible,level=mid,round=sql,id=pinned-id]\n.Why?\n====\nBecause.\n====\n");
        assertEquals("pinned-id", d.selectFirst("details.question").id());
    }

    @Test
    void includesWithoutAContentRootAreRefused() {
        Document d = convert("include::/etc/hostname[]\n");
        assertEquals("include refused: /etc/hostname", d.selectFirst(".include-refused").text());
    }

    @AfterAll
    void close() {
        asciidoctor.shutdown();
    }
}
