package handbook.book;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import handbook.build.Problems;
import handbook.build.TestDirs;
import handbook.content.Chapter;
import handbook.content.ContentScanner;
import handbook.content.SiteContent;
import handbook.glossary.TermRegistry;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The built book (mvn -Pbook verify): the PDF holds every chapter title, every interview question and the glossary,
 * and every internal link lands on a destination in the document; the EPUB passes epubcheck with no error and no
 * warning (its report); a second build is byte-identical; the home page links both files with their sizes. A few pages are
 * rendered to {@code target/screenshots/book-*.png} for people to look at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BookIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Pattern QUESTION = Pattern.compile("^\\[\\.question[^\\]]*\\]\\s*\\n\\.(.+)$", Pattern.MULTILINE);
    private Path pdf;
    private Path epub;
    private Path site;
    private String text;
    private int pages;

    @BeforeAll
    void load() throws IOException {
        String book = System.getProperty("handbook.it.book", "");
        assumeTrue(!book.isBlank(), "the book is built and checked by mvn -Pbook verify (.ci/run)");
        site = Path.of(System.getProperty("handbook.it.site"));
        pdf = site.resolve("handbook.pdf");
        epub = site.resolve("handbook.epub");
        assertTrue(Files.isRegularFile(pdf) && Files.isRegularFile(epub), "the site has no book: " + site);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            pages = doc.getNumberOfPages();
            text = normalise(new PDFTextStripper().getText(doc));
        }
    }

    /** Text extraction breaks lines and may hyphenate: compare on single-spaced text. */
    private static String normalise(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }

    private static SiteContent content() {
        Problems problems = new Problems();
        SiteContent site = new ContentScanner(PROJECT, problems).scan();
        assertTrue(!problems.hasErrors(), problems.all().toString());
        return site;
    }

    @Test
    void everyPartChapterAndQuestionIsInThePdf() throws IOException {
        SiteContent site = content();
        List<String> missing = new ArrayList<>();
        String squashed = squash(text);
        int questions = 0;
        for (var part : site.parts()) {
            if (!text.contains(normalise(part.title()))) {
                missing.add("part: " + part.title());
            }
            for (Chapter chapter : part.chapters()) {
                if (!text.contains(normalise(chapter.title()))) {
                    missing.add("chapter: " + chapter.title());
                }
                Matcher m = QUESTION.matcher(Files.readString(PROJECT.resolve(chapter.source())));
                while (m.find()) {
                    questions++;
                    String plain = plain(m.group(1));
                    if (!squashed.contains(plain)) {
                        missing.add("question in " + chapter.source() + ": " + plain);
                    }
                }
            }
        }
        assertTrue(questions > 250, "the chapters' questions were not found in the sources: " + questions);
        assertTrue(missing.isEmpty(), missing.size() + " missing from the PDF: " + missing);
        assertTrue(text.contains("Senior · System design") && text.contains("Mid · SQL"),
                "questions are tagged with level and round");
    }

    /**
     * A question's title as it prints, compared on letters and digits only: Asciidoctor turns quotes, arrows and
     * ellipses into typographic characters and drops inline markup; an empty term reference prints the term's name.
     */
    private static String plain(String title) {
        return squash(title.replaceAll("term:([a-z0-9-]+)\\[\\]", "$1").replaceAll("term:[a-z0-9-]+\\[([^\\]]+)\\]", "$1"));
    }

    private static String squash(String s) {
        return s.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void theGlossaryIsAnAppendixWithEveryTerm() {
        var glossary = TermRegistry.load(PROJECT, new Problems());
        assertTrue(text.contains("Appendix A: Glossary"), "no glossary appendix");
        List<String> missing = glossary.terms().stream().map(t -> normalise(t.name()))
                .filter(name -> !text.contains(name)).toList();
        assertTrue(missing.isEmpty(), "terms missing from the PDF: " + missing);
        assertTrue(text.contains("What changed") && text.contains("Versions the handbook is checked against"),
                "the errata and versions appendices");
    }

    @Test
    void thePageCountIsSane() {
        // 33 chapters of 1,500-3,000 words with listings, 300 questions, 283 terms: hundreds of pages, not thousands.
        assertTrue(pages > 300 && pages < 2000, "pages: " + pages);
    }

    @Test
    void everyInternalLinkLandsOnADestinationInTheDocument() throws IOException {
        int internal = 0;
        List<String> broken = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            var catalog = doc.getDocumentCatalog();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDPage page = doc.getPage(i);
                for (PDAnnotation a : page.getAnnotations()) {
                    if (!(a instanceof PDAnnotationLink link)) {
                        continue;
                    }
                    PDDestination dest = link.getDestination();
                    if (dest == null && link.getAction() instanceof PDActionGoTo goTo) {
                        dest = goTo.getDestination();
                    }
                    if (dest == null) {
                        continue; // an external link (URI action)
                    }
                    internal++;
                    PDPageDestination target = dest instanceof PDNamedDestination named
                            ? catalog.findNamedDestinationPage(named) : (PDPageDestination) dest;
                    if (target == null || target.retrievePageNumber() < 0) {
                        broken.add("page " + (i + 1) + ": " + (dest instanceof PDNamedDestination n ? n.getNamedDestination() : dest));
                    }
                }
            }
        }
        assertTrue(internal > 1000, "internal links (term references, cross references, contents): " + internal);
        assertTrue(broken.isEmpty(), broken.size() + " links without a destination: "
                + broken.subList(0, Math.min(20, broken.size())));
    }

    /**
     * epubcheck runs before the tests on its own class path (its jing and Saxon would replace the Nu Html Checker's
     * here; see the book profile in pom.xml) and writes its JSON report; this asserts on that report.
     */
    @Test
    void theEpubPassesEpubcheckWithoutErrorsOrWarnings() throws IOException {
        Path reportFile = Path.of(System.getProperty("handbook.it.epubcheck"));
        JsonNode report = new ObjectMapper().readTree(reportFile.toFile());
        JsonNode checker = report.get("checker");
        assertEquals("handbook.epub", checker.get("filename").asText());
        assertTrue(Files.getLastModifiedTime(reportFile).compareTo(Files.getLastModifiedTime(epub)) >= 0,
                "the report is older than the EPUB");
        List<String> messages = new ArrayList<>();
        report.get("messages").forEach(m -> messages.add(m.get("severity").asText() + " " + m.get("ID").asText() + ": "
                + m.get("message").asText() + " " + m.get("locations")));
        assertEquals(0, checker.get("nFatal").asInt() + checker.get("nError").asInt(), messages.toString());
        assertEquals(0, checker.get("nWarning").asInt(), messages.toString());
    }

    @Test
    void theHomePageLinksBothFilesWithTheirSizes() throws IOException {
        var home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        var links = home.select("section.offline p a[href]");
        assertEquals(List.of("handbook.pdf", "handbook.epub"), links.stream()
                .map(a -> a.attr("href").replaceFirst("^.*/", "")).toList());
        assertEquals("PDF (" + BookDownloads.size(pdf) + ")", links.get(0).text());
        assertEquals("EPUB (" + BookDownloads.size(epub) + ")", links.get(1).text());
    }

    @Test
    void aSecondBuildIsByteIdentical() throws IOException {
        Path again = TestDirs.fresh("book-again");
        var result = new BookBuild(PROJECT, again.resolve("out"), again.resolve("work"),
                Path.of(System.getProperty("handbook.it.bookFonts"))).run();
        assertArrayEquals(Files.readAllBytes(pdf), Files.readAllBytes(result.pdf()), "the PDFs differ");
        assertArrayEquals(Files.readAllBytes(epub), Files.readAllBytes(result.epub()), "the EPUBs differ");
    }

    @Test
    void pagesAreRenderedForPeopleToLookAt() throws IOException {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            PDFTextStripper stripper = new PDFTextStripper();
            // The first chapter's first page, a question, the diagram, the glossary's and the versions' first pages.
            List<String> wanted = List.of("Facts checked", "Senior · System design", "A star schema for retail sales",
                    "Every term the chapters link to", "Each chapter was checked against these releases");
            int[] chosen = new int[] {0, 1, -1, -1, -1, -1, -1};
            for (int i = 2; i < doc.getNumberOfPages() && Arrays.stream(chosen).anyMatch(c -> c < 0); i++) {
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                String page = normalise(stripper.getText(doc));
                for (int w = 0; w < wanted.size(); w++) {
                    if (chosen[w + 2] < 0 && page.contains(wanted.get(w))) {
                        chosen[w + 2] = i;
                    }
                }
            }
            for (int i : Arrays.stream(chosen).filter(c -> c >= 0).distinct().toArray()) {
                ImageIO.write(renderer.renderImageWithDPI(i, 80), "png", dir.resolve("book-page-" + (i + 1) + ".png").toFile());
            }
            assertTrue(Arrays.stream(chosen).allMatch(c -> c >= 0), "pages not found: " + Arrays.toString(chosen));
        }
    }
}
