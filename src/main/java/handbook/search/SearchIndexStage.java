package handbook.search;

import handbook.build.ContentHash;
import handbook.build.Json;
import handbook.pages.RenderedPage;
import handbook.search.lunr.LunrDocument;
import handbook.search.lunr.LunrField;
import handbook.search.lunr.LunrFieldAnalyses;
import handbook.search.lunr.LunrIndex;
import handbook.search.lunr.LunrIndexBuilder;
import handbook.search.lunr.LunrInput;
import handbook.search.lunr.LunrSettings;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    /**
     * Characters of a section's text kept in the store (a term's short definition included): enough for a snippet
     * when the match is near the start. A longer text is fetched from {@link SectionTextFiles} when a result
     * shows it.
     */
    static final int LEAD_MAX = 200;

    /**
     * The outputs, as text: the compact index, the store and the text files by path under the site (published),
     * lunr's JSON of the same index and the lunr input (not published), and the version of the published files:
     * a hash of them all, which pages carry ({@link #stamp}) so that the files they ask for belong together. The
     * two unpublished texts are made when first asked for (the preview never asks: 4 MB of JSON per rebuild).
     */
    public record SearchFiles(String index, String store, Map<String, String> texts,
                              java.util.function.Supplier<String> lunrIndexJson,
                              java.util.function.Supplier<String> inputJson, String version) {
        /** lunr's {@code JSON.stringify(idx)} of the index (not published). */
        public String lunrIndex() {
            return lunrIndexJson.get();
        }

        /** The documents and settings indexed, in {@link LunrInput}'s format (not published). */
        public String input() {
            return inputJson.get();
        }

        /** Equal when every text is: the unpublished ones made to compare them. */
        @Override
        public boolean equals(Object o) {
            return o instanceof SearchFiles f && index.equals(f.index) && store.equals(f.store) && texts.equals(f.texts)
                    && version.equals(f.version) && lunrIndex().equals(f.lunrIndex()) && input().equals(f.input());
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(index, store, texts, version);
        }

        @Override
        public String toString() {
            return "SearchFiles[version=" + version + ", index=" + index.length() + " chars, store=" + store.length()
                    + " chars, " + texts.size() + " text files]";
        }
    }

    /** A text made once, when first asked for. */
    private static java.util.function.Supplier<String> once(java.util.function.Supplier<String> make) {
        return new java.util.function.Supplier<>() {
            private String made;

            @Override
            public synchronized String get() {
                if (made == null) {
                    made = make.get();
                }
                return made;
            }
        };
    }

    private SearchIndexStage() {}

    public static SearchFiles build(List<SearchDocument> docs) {
        return build(docs, null);
    }

    /**
     * The search files of {@code docs}, their fields' tokens taken from {@code analyses} where it has them (the
     * preview's; null: every field analysed here): the same files either way.
     */
    public static SearchFiles build(List<SearchDocument> docs, LunrFieldAnalyses analyses) {
        List<LunrDocument> lunrDocs = new ArrayList<>();
        Map<String, Map<String, Object>> store = new LinkedHashMap<>();
        SectionTextFiles texts = new SectionTextFiles();
        Map<Map<String, Object>, Integer> textFileOf = new java.util.IdentityHashMap<>();
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
                textFileOf.put(entry, texts.add(d.url(), ref, d.body()));
            }
            store.put(ref, entry);
        }
        List<String> textNames = texts.names();
        textFileOf.forEach((entry, file) -> entry.put("g", textNames.get(file)));
        LunrIndexBuilder builder = new LunrIndexBuilder(SETTINGS, analyses);
        lunrDocs.forEach(builder::add);
        LunrIndex index = builder.build();
        String compact = index.toCompactJson();
        String storeJson = Json.write(Map.of("docs", store));
        List<LunrDocument> indexed = List.copyOf(lunrDocs);
        return new SearchFiles(compact, storeJson, texts.files(), once(index::toJson),
                once(() -> new LunrInput(SETTINGS, indexed).toJson()), ContentHash.short12(compact + "\n" + storeJson));
    }

    /**
     * Marks every page with the version of the search files ({@code data-search-version} on {@code <html>}): the
     * page asks for the index and the store with it, so a browser never pairs a cached index with a newer store.
     */
    public static void stamp(List<RenderedPage> pages, String version) {
        for (RenderedPage page : pages) {
            Element html = page.html().selectFirst("html");
            if (html != null) {
                html.attr("data-search-version", version);
            }
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
