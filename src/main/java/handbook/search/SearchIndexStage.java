package handbook.search;

import handbook.build.Json;
import handbook.search.lunr.LunrDocument;
import handbook.search.lunr.LunrField;
import handbook.search.lunr.LunrIndex;
import handbook.search.lunr.LunrIndexBuilder;
import handbook.search.lunr.LunrInput;
import handbook.search.lunr.LunrSettings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the site's search files from the extracted documents: the lunr index in compact form (what the browser
 * loads: lunr.js rebuilds the full index from it, see {@code assets/js/lunr-compact.js}), the display store that
 * results are drawn from (titles, paths, links and each section's opening words), the sections' whole texts split
 * by page into small files that results fetch only when a snippet needs a match further in, and, not published,
 * lunr's own serialised index and the exact lunr input, so anyone can rebuild the index with lunr.js and compare.
 * Short base-36 refs keep the files small.
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
     * chapter › section) lets "kafka rebalance" prefer the sections of the Kafka chapter; the names and aliases
     * of the glossary terms a section links to count like its text, so "SCD" finds sections that only say
     * "slowly changing dimension".
     */
    public static final LunrSettings SETTINGS = new LunrSettings("id", List.of(
            new LunrField("title", 10), new LunrField("keywords", 5), new LunrField("path", 2),
            new LunrField("terms", 1), new LunrField("body", 1)), List.of());
    /** Glossary terms are boosted so "CDC" puts change data capture first. */
    static final double TERM_BOOST = 2;
    /** Folder of the section texts, {@code search-text/<n>.json}: one object of ref → text per file. */
    public static final String TEXT_DIR = "search-text";
    /**
     * Characters of a section's text kept in the store (a term's short definition included): enough for a snippet
     * when the match is near the start. A longer text is fetched from {@link #TEXT_DIR} when a result shows it.
     */
    static final int LEAD_MAX = 200;
    /** A page's texts are split into files of about this many characters, so a result fetches little. */
    static final int TEXT_FILE_CHARS = 16_000;

    /**
     * The outputs, as text: the compact index, the store and the text files by path under the site (published),
     * lunr's JSON of the same index and the lunr input (not published).
     */
    public record SearchFiles(String index, String store, Map<String, String> texts, String lunrIndex, String input) {}

    private SearchIndexStage() {}

    public static SearchFiles build(List<SearchDocument> docs) {
        List<LunrDocument> lunrDocs = new ArrayList<>();
        Map<String, Map<String, Object>> store = new LinkedHashMap<>();
        TextFiles texts = new TextFiles();
        for (int i = 0; i < docs.size(); i++) {
            SearchDocument d = docs.get(i);
            String ref = Integer.toString(i, 36);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("title", d.title());
            fields.put("keywords", d.keywords());
            fields.put("path", d.path());
            fields.put("terms", d.terms());
            fields.put("body", d.body());
            lunrDocs.add(new LunrDocument(ref, fields, d.kind().equals("term") ? TERM_BOOST : 1));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("t", d.title());
            entry.put("p", d.path());
            entry.put("u", d.url());
            entry.put("k", d.kind());
            String lead;
            if (d.summary().isEmpty()) {
                lead = cap(d.body(), LEAD_MAX);
            } else {
                // A term's body starts with its short definition: stored once, as "d", and "x" goes on from there.
                String rest = d.body().startsWith(d.summary()) ? d.body().substring(d.summary().length()) : d.body();
                entry.put("d", d.summary());
                lead = cap(rest.strip(), Math.max(0, LEAD_MAX - d.summary().length() - 1));
            }
            entry.put("x", lead);
            if (lead.length() < d.body().length() - (d.summary().isEmpty() ? 0 : d.summary().length() + 1)) {
                entry.put("g", texts.add(d.url(), ref, d.body()));
            }
            store.put(ref, entry);
        }
        LunrIndexBuilder builder = new LunrIndexBuilder(SETTINGS);
        lunrDocs.forEach(builder::add);
        LunrIndex index = builder.build();
        return new SearchFiles(index.toCompactJson(), Json.write(Map.of("docs", store)), texts.files(), index.toJson(),
                new LunrInput(SETTINGS, lunrDocs).toJson());
    }

    /**
     * The whole texts of sections whose lead is cut short, grouped by page in the order pages first appear, a
     * page's texts split into files of about {@link #TEXT_FILE_CHARS} characters.
     */
    private static final class TextFiles {
        private final List<Map<String, String>> files = new ArrayList<>();
        private final Map<String, Integer> openFileByPage = new HashMap<>();
        private final List<Integer> sizes = new ArrayList<>();

        /** Adds a text and returns the number of the file it is in. */
        int add(String url, String ref, String text) {
            String page = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
            Integer file = openFileByPage.get(page);
            if (file == null || sizes.get(file) + text.length() > TEXT_FILE_CHARS) {
                file = files.size();
                files.add(new LinkedHashMap<>());
                sizes.add(0);
                openFileByPage.put(page, file);
            }
            files.get(file).put(ref, text);
            sizes.set(file, sizes.get(file) + text.length());
            return file;
        }

        Map<String, String> files() {
            Map<String, String> out = new TreeMap<>();
            for (int i = 0; i < files.size(); i++) {
                out.put(TEXT_DIR + "/" + i + ".json", Json.write(files.get(i)));
            }
            return out;
        }
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
