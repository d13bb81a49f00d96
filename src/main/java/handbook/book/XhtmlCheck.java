package handbook.book;

import handbook.build.Problem;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Every XHTML file of the EPUB must be well-formed XML, or reading systems refuse the book. Asciidoctor writes
 * what the markup says, so content that is only forgiven by browsers (a {@code *} inside {@code `...`} pairing
 * with a later one makes a {@code <strong>} that crosses a {@code <code>}) fails here, naming the chapter and the
 * text where the document breaks.
 */
final class XhtmlCheck {
    private XhtmlCheck() {}

    /** @param sources the content file of each chapter file's id ({@code advanced-sql} → its .adoc) */
    static List<Problem> check(Path epub, Map<String, String> sources) {
        List<Problem> problems = new ArrayList<>();
        try (InputStream in = Files.newInputStream(epub); ZipInputStream zip = new ZipInputStream(in)) {
            DocumentBuilder parser = parser();
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.getName().endsWith(".xhtml")) {
                    continue;
                }
                byte[] bytes = zip.readAllBytes();
                try {
                    parser.parse(new ByteArrayInputStream(bytes));
                } catch (SAXParseException x) {
                    String name = e.getName().substring(e.getName().lastIndexOf('/') + 1).replace(".xhtml", "");
                    problems.add(Problem.error(sources.getOrDefault(name, "content"), 0, "the EPUB's " + name
                            + ".xhtml is not well-formed XML: " + x.getMessage() + " Near: \u201c"
                            + near(bytes, x.getLineNumber(), x.getColumnNumber()) + "\u201d (write a literal * or _"
                            + " in code as `+...+`)"));
                } catch (org.xml.sax.SAXException x) {
                    problems.add(Problem.error("content", 0, "the EPUB's " + e.getName() + ": " + x.getMessage()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    /** The text (without tags) before the place the parser stopped: what an author can search the chapter for. */
    private static String near(byte[] bytes, int line, int column) {
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
        if (line < 1 || line > lines.length) {
            return "";
        }
        String l = lines[line - 1];
        String before = l.substring(0, Math.max(0, Math.min(l.length(), column)));
        String text = org.jsoup.parser.Parser.unescapeEntities(before.replaceAll("<[^>]*>?", ""), false).strip();
        return text.length() > 120 ? "\u2026" + text.substring(text.length() - 120) : text;
    }

    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            b.setEntityResolver((publicId, systemId) -> new org.xml.sax.InputSource(new java.io.StringReader("")));
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
