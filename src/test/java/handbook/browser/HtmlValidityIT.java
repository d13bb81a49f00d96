package handbook.browser;

import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every HTML page of the built site passes the Nu Html Checker (the W3C validator's engine, in-process and offline)
 * without errors. Warnings are allowed, written to {@code target/browser-reports/html-warnings.txt} and counted.
 */
@ExtendWith(HandbookSite.class)
class HtmlValidityIT {
    private static final String SCHEMA = "http://s.validator.nu/html5-rdfalite.rnc"; // the vnu command line's default

    /** One validator message, with where it is. */
    private record Message(String page, int line, int column, String text) {
        @Override
        public String toString() {
            return page + ":" + line + ":" + column + ": " + text;
        }
    }

    /** Collects the validator's messages for the page being checked. */
    private static final class Collector implements ErrorHandler {
        final List<Message> errors = new ArrayList<>();
        final List<Message> warnings = new ArrayList<>();
        String page;

        @Override
        public void warning(SAXParseException e) {
            warnings.add(new Message(page, e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(new Message(page, e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }

    @Test
    void everyPageOfTheSiteIsValidHtml(ServedSite site) throws Exception {
        Collector collector = new Collector();
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(SCHEMA, collector);
        validator.setUpValidatorAndParsers(collector, true, false);

        List<String> pages = site.htmlPages();
        assertTrue(pages.size() >= 40, "pages: " + pages.size());
        for (String page : pages) {
            collector.page = page;
            validator.checkHtmlFile(site.dir().resolve(page).toFile(), true);
        }

        report(pages.size(), collector.warnings);
        assertEquals(List.of(), collector.errors.stream().map(Message::toString).toList(),
                collector.errors.size() + " validation errors");
    }

    private static void report(int pages, List<Message> warnings) throws IOException {
        Map<String, Integer> byText = new TreeMap<>();
        warnings.forEach(w -> byText.merge(w.text(), 1, Integer::sum));
        StringBuilder out = new StringBuilder("Nu Html Checker: " + pages + " pages, 0 errors allowed, "
                + warnings.size() + " warnings\n");
        byText.forEach((text, n) -> out.append(String.format("%5d × %s%n", n, text)));
        out.append('\n');
        warnings.forEach(w -> out.append(w).append('\n'));
        Path file = Path.of("target", "browser-reports", "html-warnings.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
        System.out.println(out.substring(0, out.indexOf("\n\n")));
    }
}
