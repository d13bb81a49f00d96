package handbook.search;

import handbook.build.Json;
import handbook.search.lunr.LunrDocument;
import handbook.search.lunr.LunrField;
import handbook.search.lunr.LunrIndexBuilder;
import handbook.search.lunr.LunrInput;
import handbook.search.lunr.LunrSettings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the site's search files from the extracted documents: the lunr index (short base-36 refs keep it small),
 * the display store that results are drawn from, and the exact lunr input, so anyone can rebuild the index with
 * lunr.js and compare.
 */
public final class SearchIndexStage {
    public static final String INDEX_FILE = "search-index.json";
    public static final String STORE_FILE = "search-store.json";
    /** Field boosts: a match in a heading or term name outranks one in running text. */
    public static final LunrSettings SETTINGS = new LunrSettings("id", List.of(
            new LunrField("title", 10), new LunrField("keywords", 5), new LunrField("body", 1)), List.of());
    /** Glossary terms are boosted so "CDC" puts change data capture first. */
    static final double TERM_BOOST = 2;
    /** Characters of section text kept in the store for snippets. */
    static final int SNIPPET_SOURCE_MAX = 480;

    /** The three outputs, as text. */
    public record SearchFiles(String index, String store, String input) {}

    private SearchIndexStage() {}

    public static SearchFiles build(List<SearchDocument> docs) {
        List<LunrDocument> lunrDocs = new ArrayList<>();
        Map<String, Object> store = new LinkedHashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            SearchDocument d = docs.get(i);
            String ref = Integer.toString(i, 36);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("title", d.title());
            fields.put("keywords", d.keywords());
            fields.put("body", d.body());
            lunrDocs.add(new LunrDocument(ref, fields, d.kind().equals("term") ? TERM_BOOST : 1));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("t", d.title());
            entry.put("p", d.path());
            entry.put("u", d.url());
            entry.put("k", d.kind());
            entry.put("x", cap(d.body()));
            if (!d.summary().isEmpty()) {
                entry.put("d", d.summary());
            }
            store.put(ref, entry);
        }
        String index = LunrIndexBuilder.build(SETTINGS, lunrDocs);
        String input = new LunrInput(SETTINGS, lunrDocs).toJson();
        return new SearchFiles(index, Json.write(Map.of("docs", store)), input);
    }

    private static String cap(String text) {
        if (text.length() <= SNIPPET_SOURCE_MAX) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SNIPPET_SOURCE_MAX);
        return text.substring(0, cut > 0 ? cut : SNIPPET_SOURCE_MAX);
    }
}
