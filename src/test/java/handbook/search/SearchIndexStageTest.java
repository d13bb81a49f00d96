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
        assertEquals(0, store.get("1").get("g").asInt());
        assertEquals(1, store.get("2").get("g").asInt(), "another page, another file");
        assertEquals(0, store.get("3").get("g").asInt(), "the same page, the same file");
        assertEquals("Short.", store.get("4").get("d").asText());
        assertTrue(("Short. " + LONG).startsWith("Short. " + store.get("4").get("x").asText()));
        assertTrue(("Short. " + store.get("4").get("x").asText()).length() <= SearchIndexStage.LEAD_MAX);

        assertEquals(List.of("search-text/0.json", "search-text/1.json", "search-text/2.json"),
                new ArrayList<>(files.texts().keySet()));
        JsonNode a = Json.mapper().readTree(files.texts().get("search-text/0.json"));
        assertEquals(LONG, a.get("1").asText());
        assertEquals(LONG + " three", a.get("3").asText());
        assertEquals(2, a.size());
        assertEquals("Short. " + LONG, Json.mapper().readTree(files.texts().get("search-text/2.json")).get("4").asText());
    }

    @Test
    void aLongPageIsSplitIntoFilesOfBoundedSize() throws Exception {
        List<SearchDocument> docs = new ArrayList<>();
        int sections = 2 * SearchIndexStage.TEXT_FILE_CHARS / LONG.length() + 5;
        for (int i = 0; i < sections; i++) {
            docs.add(section("big.html#s" + i, LONG));
        }
        Map<String, String> texts = SearchIndexStage.build(docs).texts();
        assertEquals(3, texts.size(), texts.keySet().toString());
        int total = 0;
        for (String json : texts.values()) {
            JsonNode file = Json.mapper().readTree(json);
            assertTrue(file.size() * LONG.length() <= SearchIndexStage.TEXT_FILE_CHARS, "file of " + file.size());
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
