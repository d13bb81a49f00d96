package handbook.lint;

import handbook.build.Problems;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SVG files are published as they are and run their scripts when opened directly on the site's origin, so they must
 * be plain drawings. Each file is read with a real XML parser (namespace-aware, no DOCTYPE, no entities, nothing
 * fetched), so prefixes ({@code <s:script>}), attributes split over lines and entity tricks read as a browser reads
 * them: no {@code script}, {@code foreignObject}, frames or objects, no event-handler attributes, no animation of
 * links, and no references outside the file ({@code href} only to {@code #id}, {@code url()} only to {@code #id}).
 */
public final class SvgSafetyRule {
    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("script", "foreignobject", "iframe", "object", "embed",
            "handler", "listener", "style-sheet");
    private static final Set<String> ANIMATIONS = Set.of("set", "animate", "animatemotion", "animatetransform");
    private static final Pattern EXTERNAL_URL = Pattern.compile("url\\(\\s*['\"]?\\s*(?!#)", Pattern.CASE_INSENSITIVE);
    private static final Pattern IMPORT = Pattern.compile("@import", Pattern.CASE_INSENSITIVE);

    private SvgSafetyRule() {}

    public static void check(String file, List<String> lines, Problems problems) {
        String text = String.join("\n", lines);
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.newSAXParser().parse(new InputSource(new StringReader(text)), new Checker(file, problems));
        } catch (SAXParseException e) {
            String why = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                    ? "a DOCTYPE (DOCTYPEs and entities are not allowed)" : "malformed XML (" + e.getMessage() + ")";
            problems.error(file, Math.max(e.getLineNumber(), 0), "SVG carries " + why + ": diagrams must be plain drawings");
        } catch (SAXException | ParserConfigurationException | IOException e) {
            problems.error(file, 0, "SVG could not be read: " + e.getMessage());
        }
    }

    private static final class Checker extends DefaultHandler {
        private final String file;
        private final Problems problems;
        private Locator locator;
        private boolean inStyle;

        Checker(String file, Problems problems) {
            this.file = file;
            this.problems = problems;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        private void refuse(String what) {
            problems.error(file, locator == null ? 0 : locator.getLineNumber(), "SVG carries " + what
                    + ": diagrams must be plain drawings");
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String name = localName.toLowerCase(Locale.ROOT);
            if (FORBIDDEN_ELEMENTS.contains(name)) {
                refuse("a <" + qName + "> element");
            }
            inStyle = name.equals("style");
            for (int i = 0; i < attributes.getLength(); i++) {
                String attr = attributes.getLocalName(i).toLowerCase(Locale.ROOT);
                String value = attributes.getValue(i);
                if (attr.startsWith("on")) {
                    refuse("an event-handler attribute (" + attributes.getQName(i) + ")");
                } else if (attr.equals("href") && !value.strip().startsWith("#")) {
                    refuse("a reference outside the file (" + attributes.getQName(i) + "=\"" + value + "\")");
                } else if (ANIMATIONS.contains(name) && attr.equals("attributename") && value.toLowerCase(Locale.ROOT).contains("href")) {
                    refuse("an animation of a link (" + value + ")");
                } else if (EXTERNAL_URL.matcher(value).find() || IMPORT.matcher(value).find()) {
                    refuse("an external reference (url() or @import in " + attributes.getQName(i) + ")");
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            inStyle = false;
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inStyle) {
                String css = new String(ch, start, length);
                if (EXTERNAL_URL.matcher(css).find() || IMPORT.matcher(css).find()) {
                    refuse("an external reference (url() or @import in <style>)");
                }
            }
        }

        @Override
        public void processingInstruction(String target, String data) {
            refuse("a processing instruction (<?" + target + "?>)");
        }
    }
}
