package handbook.search;

import handbook.content.Chapter;
import handbook.content.Part;
import handbook.content.SiteContent;
import handbook.glossary.Glossary;
import handbook.glossary.Term;
import handbook.pages.RenderedPage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview's search stage gives the full build's files after every change, and re-extracts only the pages whose
 * inputs changed: a page's baked HTML, its part or chapter, or (every page) the glossary.
 */
class SearchMemoryTest {
    @TempDir
    Path site;

    private static final Chapter KAFKA = new Chapter("big-data", "kafka", "Kafka", 1, "Logs.", "broker",
            "content/big-data/kafka.adoc", "big-data/kafka.html");
    private static final Chapter SPARK = new Chapter("big-data", "spark", "Spark", 2, "Jobs.", "",
            "content/big-data/spark.adoc", "big-data/spark.html");
    private static final Term GROUP = new Term("consumer-group", "Consumer group", List.of("CG"), "Consumers sharing a topic.",
            "", List.of(), List.of(), List.of(), "content/glossary/consumer-group.adoc");

    private final SearchMemory memory = new SearchMemory();

    private static String chapterHtml(String title, String text) {
        return "<html><body class=\"type-chapter\"><nav id=\"sidebar\">Nav</nav><article class=\"doc chapter\">"
                + "<header class=\"doc-header\"><h1>" + title + "</h1></header><div class=\"preamble\">Opening of " + title
                + ".</div><div class=\"sect1\"><h2 id=\"one\">One</h2><div class=\"sectionbody\"><p>" + text
                + " <a class=\"term\" data-term=\"consumer-group\" href=\"../glossary.html#term-consumer-group\">group</a></p>"
                + "<div class=\"sect2\"><h3 id=\"two\">Two</h3><p>Deeper words about " + title + ".</p></div></div></div>"
                + "</article></body></html>";
    }

    private RenderedPage page(String uri, String source, String html) throws IOException {
        Files.createDirectories(site.resolve(uri).getParent());
        Files.writeString(site.resolve(uri), html);
        return new RenderedPage(uri, source, Jsoup.parse(html));
    }

    private static Part part(String title, List<Chapter> chapters) {
        return new Part("big-data", title, 2, "Big data.", "content/big-data/index.adoc", "big-data/index.html", chapters);
    }

    /** Builds through the memory and checks the files against a build without it. */
    private void assertSameAsWithoutMemory(SiteContent content, Glossary glossary, List<RenderedPage> pages) {
        Map<String, String> termTexts = Map.of("consumer-group", "Longer text.");
        SearchIndexStage.SearchFiles expected = SearchIndexStage.build(
                SectionExtractor.extract(content, glossary, pages, termTexts));
        assertEquals(expected, memory.build(site, content, glossary, pages, termTexts));
    }

    @Test
    void keptDocumentsAreReusedUntilTheirPageThePartTheChapterOrTheGlossaryChanges() throws IOException {
        List<RenderedPage> pages = new ArrayList<>(List.of(
                page("big-data/index.html", "content/big-data/index.adoc",
                        "<html><body><article class=doc><header class=doc-header><h1>Part</h1></header><p>Intro.</p></article></body></html>"),
                page(KAFKA.uri(), KAFKA.source(), chapterHtml("Kafka", "Partitions and offsets.")),
                page(SPARK.uri(), SPARK.source(), chapterHtml("Spark", "Stages and tasks."))));
        Glossary glossary = new Glossary(List.of(GROUP));
        SiteContent content = new SiteContent(List.of(part("Part II", List.of(KAFKA, SPARK))), List.of());
        assertSameAsWithoutMemory(content, glossary, pages);
        assertEquals(3, memory.extractedInLastBuild(), "the first build extracts every page");

        assertSameAsWithoutMemory(content, glossary, pages);
        assertEquals(0, memory.extractedInLastBuild(), "nothing changed");
        assertEquals(0, memory.analysedInLastBuild(), "every field's tokens kept");

        pages.set(1, page(KAFKA.uri(), KAFKA.source(), chapterHtml("Kafka", "Partitions, offsets and the log.")));
        assertSameAsWithoutMemory(content, glossary, pages);
        assertEquals(1, memory.extractedInLastBuild(), "a chapter edit: that chapter alone");
        assertTrue(memory.analysedInLastBuild() > 0 && memory.analysedInLastBuild() <= 2,
                "the changed section's body (and the page's terms field at most): " + memory.analysedInLastBuild());

        Chapter renamed = new Chapter("big-data", "spark", "Apache Spark", 2, "Jobs.", "", SPARK.source(), SPARK.uri());
        content = new SiteContent(List.of(part("Part II", List.of(KAFKA, renamed))), List.of());
        assertSameAsWithoutMemory(content, glossary, pages);
        assertEquals(1, memory.extractedInLastBuild(), "a chapter's title is part of its key");

        content = new SiteContent(List.of(part("Part Two", List.of(KAFKA, renamed))), List.of());
        assertSameAsWithoutMemory(content, glossary, pages);
        assertEquals(3, memory.extractedInLastBuild(), "the part's title is in every page's documents");

        Term edited = new Term(GROUP.id(), GROUP.name(), List.of("CG", "group"), GROUP.shortDefinition(), "", List.of(),
                List.of(), List.of(), GROUP.source());
        glossary = new Glossary(List.of(edited));
        assertSameAsWithoutMemory(content, glossary, pages);
        assertEquals(3, memory.extractedInLastBuild(), "a glossary edit extracts every page again");

        Chapter added = new Chapter("big-data", "flink", "Flink", 3, "Streams.", "", "content/big-data/flink.adoc",
                "big-data/flink.html");
        pages.add(page(added.uri(), added.source(), chapterHtml("Flink", "Windows and watermarks.")));
        content = new SiteContent(List.of(part("Part Two", List.of(KAFKA, renamed, added))), List.of());
        assertSameAsWithoutMemory(content, glossary, pages);
        assertEquals(1, memory.extractedInLastBuild(), "a new chapter: its page alone");

        pages.remove(1);
        content = new SiteContent(List.of(part("Part Two", List.of(renamed, added))), List.of());
        assertSameAsWithoutMemory(content, glossary, pages);
        assertEquals(0, memory.extractedInLastBuild(), "a removed chapter: the others kept, its documents gone");
    }
}
