package handbook.search;

import handbook.build.Json;
import handbook.search.lunr.LunrDocument;
import handbook.search.lunr.LunrField;
import handbook.search.lunr.LunrIndex;
import handbook.search.lunr.LunrIndexBuilder;
import handbook.search.lunr.LunrInput;
import handbook.search.lunr.LunrSettings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the site's search files from the extracted documents: the lunr index in compact form (what the browser
 * loads: lunr.js rebuilds the full index from it, see {@code assets/js/lunr-compact.js}), the display store that
 * results are drawn from, and, not published, lunr's own serialised index and the exact lunr input, so anyone can
 * rebuild the index with lunr.js and compare. Short base-36 refs keep both files small.
 */
public final class SearchIndexStage {
    public static final String INDEX_FILE = "search-index.json";
    public static final String STORE_FILE = "search-store.json";
    /** Not published: lunr's {@code JSON.stringify(idx)} of the same index, for comparison with lunr.js. */
    public static final String LUNR_INDEX_FILE = "search-index.lunr.json";
    /** Not published: the documents and settings indexed, in {@link LunrInput}'s format. */
    public static final String DOCUMENTS_FILE = "search-documents.json";
    /**
     * Field boosts: a match in a heading or term name outranks one in running text; the heading path (part ›
     * chapter › section) lets "kafka rebalance" prefer the sections of the Kafka chapter.
     */
    public static final LunrSettings SETTINGS = new LunrSettings("id", List.of(
            new LunrField("title", 10), new LunrField("keywords", 5), new LunrField("path", 2),
            new LunrField("body", 1)), List.of());
    /** Glossary terms are boosted so "CDC" puts change data capture first. */
    static final double TERM_BOOST = 2;
    /** Characters of section text kept in the store for snippets (a term's short definition included). */
    static final int SNIPPET_SOURCE_MAX = 480;

    /**
     * The outputs, as text: the compact index and the store (published), lunr's JSON of the same index and the
     * lunr input (not published).
     */
    public record SearchFiles(String index, String store, String lunrIndex, String input) {}

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
            fields.put("path", d.path());
            fields.put("body", d.body());
            lunrDocs.add(new LunrDocument(ref, fields, d.kind().equals("term") ? TERM_BOOST : 1));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("t", d.title());
            entry.put("p", d.path());
            entry.put("u", d.url());
            entry.put("k", d.kind());
            if (d.summary().isEmpty()) {
                entry.put("x", cap(d.body(), SNIPPET_SOURCE_MAX));
            } else {
                // A term's body starts with its short definition: stored once, as "d", and "x" goes on from there.
                String rest = d.body().startsWith(d.summary()) ? d.body().substring(d.summary().length()) : d.body();
                entry.put("d", d.summary());
                entry.put("x", cap(rest.strip(), Math.max(0, SNIPPET_SOURCE_MAX - d.summary().length() - 1)));
            }
            store.put(ref, entry);
        }
        LunrIndexBuilder builder = new LunrIndexBuilder(SETTINGS);
        lunrDocs.forEach(builder::add);
        LunrIndex index = builder.build();
        return new SearchFiles(index.toCompactJson(), Json.write(Map.of("docs", store)), index.toJson(),
                new LunrInput(SETTINGS, lunrDocs).toJson());
    }

    /** The text cut to at most {@code max} characters, at a space where there is one. */
    private static String cap(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max);
        return text.substring(0, cut > 0 ? cut : max);
    }
}
