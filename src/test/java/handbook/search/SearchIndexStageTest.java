package handbook.search;

import com.fasterxml.jackson.databind.JsonNode;
import handbook.build.Json;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The store keeps each section's opening words; whole texts go to small per-page files, fetched on demand. */
class SearchIndexStageTest {
    private static final String LONG = "word ".repeat(100).strip(); // 499 characters

    @Test
    void theStoreKeepsOpeningWordsAndPointsLongTextsToTheirPagesFile() throws Exception {
        List<SearchDocument> docs = List.of(
                section("a.html", "Short text."),
                section("a.html#one", LONG),
                section("b.html#two", LONG + " b"),
                section("a.html#three", LONG + " three"),
                new SearchDocument("term", "Term", "Glossary", "glossary.html#term-t", "", "", "Short. " + LONG, "Short."));
        SearchIndexStage.SearchFiles files = SearchIndexStage.build(docs);
        JsonNode store = Json.mapper().readTree(files.store()).get("docs");

        assertEquals("Short text.", store.get("0").get("x").asText());
        assertFalse(store.get("0").has("g"), "a whole text in the store needs no file");
        String lead = store.get("1").get("x").asText();
        assertTrue(lead.length() <= SearchIndexStage.LEAD_MAX && LONG.startsWith(lead) && lead.endsWith("word"), lead);
        String a = store.get("1").get("g").asText();
        assertTrue(a.matches("[0-9a-f]{12}"), "a text file is named by its content: " + a);
        assertEquals(a, store.get("3").get("g").asText(), "the same page, the same file");
        String b = store.get("2").get("g").asText();
        assertFalse(a.equals(b), "another page, another file");
        String glossary = store.get("4").get("g").asText();
        assertEquals("Short.", store.get("4").get("d").asText());
        assertTrue(("Short. " + LONG).startsWith("Short. " + store.get("4").get("x").asText()));
        assertTrue(("Short. " + store.get("4").get("x").asText()).length() <= SearchIndexStage.LEAD_MAX);

        assertEquals(java.util.Set.of("search-text/" + a + ".json", "search-text/" + b + ".json",
                "search-text/" + glossary + ".json"), files.texts().keySet());
        JsonNode page = Json.mapper().readTree(files.texts().get("search-text/" + a + ".json"));
        assertEquals(LONG, page.get("1").asText());
        assertEquals(LONG + " three", page.get("3").asText());
        assertEquals(2, page.size());
        assertEquals("Short. " + LONG,
                Json.mapper().readTree(files.texts().get("search-text/" + glossary + ".json")).get("4").asText());
        files.texts().forEach((path, json) -> assertEquals(
                "search-text/" + handbook.build.ContentHash.short12(json) + ".json", path));
    }

    @Test
    void theVersionChangesWithAnyPublishedFile() {
        SearchIndexStage.SearchFiles one = SearchIndexStage.build(List.of(section("a.html#x", LONG)));
        SearchIndexStage.SearchFiles two = SearchIndexStage.build(List.of(section("a.html#x", LONG + " more")));
        assertTrue(one.version().matches("[0-9a-f]{12}"), one.version());
        assertFalse(one.version().equals(two.version()), "a change in a text file changes the version");
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse("<html><body><p>x</p></body></html>");
        SearchIndexStage.stamp(List.of(new handbook.pages.RenderedPage("a.html", "a.adoc", html)), one.version());
        assertEquals(one.version(), html.selectFirst("html").attr("data-search-version"));
    }

    @Test
    void aLongPageIsSplitIntoFilesOfBoundedSize() throws Exception {
        List<SearchDocument> docs = new ArrayList<>();
        int sections = 2 * SectionTextFiles.FILE_CHARS / LONG.length() + 5;
        for (int i = 0; i < sections; i++) {
            docs.add(section("big.html#s" + i, LONG));
        }
        Map<String, String> texts = SearchIndexStage.build(docs).texts();
        assertEquals(3, texts.size(), texts.keySet().toString());
        int total = 0;
        for (String json : texts.values()) {
            JsonNode file = Json.mapper().readTree(json);
            assertTrue(file.size() * LONG.length() <= SectionTextFiles.FILE_CHARS, "file of " + file.size());
            total += file.size();
        }
        assertEquals(sections, total, "every section's text is in one file");
    }

    @Test
    void theSameDocumentsGiveTheSameBytes() {
        List<SearchDocument> docs = List.of(section("a.html#x", LONG), section("b.html", "Other."));
        SearchIndexStage.SearchFiles one = SearchIndexStage.build(docs);
        SearchIndexStage.SearchFiles two = SearchIndexStage.build(docs);
        assertEquals(one, two);
    }

    private static SearchDocument section(String url, String body) {
        return new SearchDocument("section", "Title " + url, "Part › Chapter", url, "", "", body, "");
    }
}
