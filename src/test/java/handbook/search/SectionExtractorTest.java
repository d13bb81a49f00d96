package handbook.search;

import handbook.content.Chapter;
import handbook.content.Part;
import handbook.content.SiteContent;
import handbook.glossary.Glossary;
import handbook.glossary.Term;
import handbook.pages.RenderedPage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SectionExtractorTest {
    private static final String CHAPTER_HTML = """
            <html><body class="type-chapter"><nav id="sidebar">Sidebar chapter list</nav>
            <article class="doc chapter"><header class="doc-header"><h1>Kafka</h1><p class="doc-summary">Sum.</p></header>
            <div class="preamble">Opening words.</div>
            <div class="sect1"><h2 id="groups">Consumer groups<a class="heading-anchor" href="#groups">#</a></h2>
            <div class="sectionbody"><p>Members of a <a class="term" data-term="consumer-group" href="../glossary.html#term-consumer-group">group</a>
              share partitions; a <a class="term" data-term="consumer-group" href="../glossary.html#term-consumer-group">group</a> rebalances.</p>
              <div class="listingblock"><pre>SELECT secret_code_word FROM t;</pre></div>
              <details class="question level-senior round-concepts"><summary class="title">What is a rebalance?
                <span class="badges"><span class="badge">Senior</span></span></summary>
                <div class="content"><p>Answer about rebalancing.</p></div></details>
              <div class="sect2"><h3 id="offsets">Offsets<a class="heading-anchor" href="#offsets">#</a></h3>
                <p>Committed positions.</p></div>
            </div></div>
            <div class="term-definitions"><span id="tip-x">Tooltip text</span></div>
            <aside class="chapter-terms"><h2>Terms in this chapter</h2><ul><li>Consumer group</li></ul></aside>
            </article><nav class="page-toc">On this page Consumer groups</nav></body></html>""";

    @Test
    void oneDocumentPerSectionWithoutPageFurniture() {
        Chapter chapter = new Chapter("big-data", "kafka", "Kafka", 10, "Sum.", "log, broker",
                "content/big-data/kafka.adoc", "big-data/kafka.html");
        Part part = new Part("big-data", "Part II", 2, "Big data.", "content/big-data/index.adoc", "big-data/index.html",
                List.of(chapter));
        RenderedPage page = new RenderedPage("big-data/kafka.html", chapter.source(), Jsoup.parse(CHAPTER_HTML));
        RenderedPage landing = new RenderedPage("big-data/index.html", part.source(), Jsoup.parse(
                "<html><body><article class=doc><header class=doc-header><h1>Part II</h1></header><p>Part intro.</p>"
                + "<section class=chapter-list><h2>Chapters</h2><a>Kafka</a></section></article></body></html>"));
        Term term = new Term("consumer-group", "Consumer group", List.of("CG"), "Consumers sharing a topic.", "",
                List.of(), List.of(), List.of("big-data"), "content/glossary/consumer-group.adoc");
        List<SearchDocument> docs = SectionExtractor.extract(new SiteContent(List.of(part), List.of()),
                new Glossary(List.of(term)), List.of(page, landing), Map.of("consumer-group", "Longer text."));

        assertEquals(List.of("Part II", "Kafka", "Consumer groups", "Offsets", "Consumer group"),
                docs.stream().map(SearchDocument::title).toList());
        SearchDocument part2 = docs.get(0);
        assertEquals("Big data. Part intro.", part2.body(), "the chapter list is navigation, not text");
        SearchDocument opening = docs.get(1);
        assertEquals("big-data/kafka.html", opening.url());
        assertEquals("Sum. Opening words.", opening.body());
        assertEquals("log, broker", opening.keywords());
        SearchDocument groups = docs.get(2);
        assertEquals("big-data/kafka.html#groups", groups.url());
        assertEquals("Part II › Kafka", groups.path());
        assertTrue(groups.body().contains("What is a rebalance?") && groups.body().contains("Answer about rebalancing."),
                "model answers are searchable: " + groups.body());
        assertEquals("Consumer group CG", groups.terms(), "the linked term's name and aliases, once");
        assertEquals("", docs.get(3).terms(), "the link is in the h2's own text, not the h3's");
        assertEquals("", opening.terms());
        for (String furniture : List.of("Sidebar", "Tooltip", "Terms in this chapter", "On this page", "Senior", "#",
                "secret_code_word", "Committed positions")) {
            assertFalse(groups.body().contains(furniture), furniture + " leaked into " + groups.body());
        }
        SearchDocument offsets = docs.get(3);
        assertEquals("Part II › Kafka › Consumer groups", offsets.path());
        assertEquals("Committed positions.", offsets.body());
        SearchDocument termDoc = docs.get(4);
        assertEquals("glossary.html#term-consumer-group", termDoc.url());
        assertEquals("CG", termDoc.keywords());
        assertEquals("Consumers sharing a topic. Longer text.", termDoc.body());
        assertEquals("Consumers sharing a topic.", termDoc.summary());
    }

    @Test
    void theStoreAndIndexUseShortRefsAndBoostTerms() {
        List<SearchDocument> docs = List.of(
                new SearchDocument("section", "Title", "Path", "a.html#x", "", "", "Body text.", ""),
                new SearchDocument("term", "Term", "Glossary", "glossary.html#term-t", "T", "", "Def. Longer text.", "Def."));
        SearchIndexStage.SearchFiles files = SearchIndexStage.build(docs);
        // The short definition is stored once ("d"); the snippet text ("x") holds the rest.
        assertTrue(files.store().contains("\"1\":{\"d\":\"Def.\",\"k\":\"term\",\"p\":\"Glossary\",\"t\":\"Term\",\"u\":\"glossary.html#term-t\",\"x\":\"Longer text.\"}"),
                files.store());
        assertTrue(files.input().contains("\"boost\":2"), files.input());
        assertTrue(files.index().startsWith("{\"format\":\"lunr-compact/1\",\"version\":\"2.3.9\",\"ref\":\"id\","
                + "\"fields\":[[\"title\",10],[\"keywords\",5],[\"path\",2],[\"terms\",1],[\"body\",1]]"), files.index());
        assertTrue(files.index().endsWith(",[\"1\",2,[4],[5],[6],[],[3,3,0]]]}"), files.index());
        assertTrue(files.lunrIndex().startsWith("{\"version\":\"2.3.9\",\"fields\":[\"title\",\"keywords\",\"path\",\"terms\",\"body\"]"));
    }
}
