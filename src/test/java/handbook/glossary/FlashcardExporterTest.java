package handbook.glossary;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FlashcardExporterTest {
    /** What the export escaped with before: a span made by a freshly parsed empty document, per field. */
    private static String escapedAsBefore(String s) {
        return Jsoup.parse("").createElement("span").text(s).html();
    }

    @Test
    void reusedEscaperWritesWhatAFreshDocumentsSpanWrote() {
        FlashcardExporter.HtmlEscaper escaper = new FlashcardExporter.HtmlEscaper();
        List<String> texts = List.of("", " ", "plain", "a < b && c > d", "\"quoted\" and 'single'", "  leading and trailing  ",
                "line\nbreak\tand  runs   of spaces", "non\u00A0breaking", "é ü — “curly” ✓ 😀", "&amp; already",
                "<script>alert(1)</script>", "=SUM(A1)", "x\r\ny", "\u2028sep\u2029");
        for (String text : texts) {
            assertEquals(escapedAsBefore(text), escaper.escape(text), "escaping " + text);
        }
    }

    @Test
    void csvEscapesTheTermsHtmlOnce() {
        Term term = new Term("cdc", "CDC <change>", List.of("A & B"), "Short \"def\"", "", List.of(), List.of(),
                List.of("core"), "content/glossary/cdc.adoc");
        String csv = FlashcardExporter.csv(new Glossary(List.of(term)), java.util.Map.of("cdc", "Long < text"));
        assertEquals("#separator:Comma\n#html:true\n#columns:Front,Back,Tags\n#tags column:3\n"
                + "\"CDC &lt;change&gt;<br><small>A &amp; B</small>\",\"<b>Short \"\"def\"\"</b><br><br>Long &lt; text\","
                + "\"sde-handbook sde-handbook::core\"\n", csv);
    }
}
