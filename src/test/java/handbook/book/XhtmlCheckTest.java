package handbook.book;

import handbook.build.Problem;
import handbook.build.TestDirs;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The EPUB's XHTML must be well-formed: what browsers forgive, e-readers refuse. */
class XhtmlCheckTest {
    private final Path dir = TestDirs.fresh("xhtml-check");

    private Path epub(String name, String xhtml) throws IOException {
        Path file = dir.resolve(name + ".epub");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("EPUB/" + name + ".xhtml"));
            zip.write(xhtml.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("EPUB/styles/epub3.css"));
            zip.write("not xml".getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    @Test
    void aStrongThatCrossesACodeSpanNamesTheChapterAndTheText() throws IOException {
        Path book = epub("advanced-sql", "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>\n"
                + "<p>A hash (<code>md5(row(t.<strong>)::text)</code>) tells you which rows *changed</strong>.</p>\n</body></html>");
        List<Problem> problems = XhtmlCheck.check(book, Map.of("advanced-sql", "content/core/advanced-sql.adoc"));
        assertEquals(1, problems.size());
        Problem p = problems.get(0);
        assertEquals("content/core/advanced-sql.adoc", p.file());
        assertEquals(true, p.message().startsWith("the EPUB's advanced-sql.xhtml is not well-formed XML: "), p.message());
        assertEquals(true, p.message().contains("Near: \u201cA hash (md5(row(t.)::text)"), p.message());
    }

    @Test
    void wellFormedFilesPass() throws IOException {
        Path book = epub("ok", "<?xml version=\"1.0\"?>\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<body><p>x &amp; <code>y</code></p></body></html>");
        assertEquals(List.of(), XhtmlCheck.check(book, Map.of()));
    }
}
