package handbook.search.lunr;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The compact form's layout, exactly; that lunr.js rebuilds the same index from it is proven against lunr.js in
 * {@link LunrIndexIdentityTest} and, for the real site, {@link SiteIndexIdentityIT}.
 */
class LunrCompactJsonTest {
    private static final LunrSettings SETTINGS = new LunrSettings("id",
            List.of(new LunrField("title", 10), new LunrField("body", 1)), List.of());

    @Test
    void writesTermsInLunrsNumberingAndRunsAsGapsWithRepeats() {
        LunrIndexBuilder builder = new LunrIndexBuilder(SETTINGS);
        builder.add(LunrDocument.of("0", fields("Hash joins", "A hash join builds a hash table, then probes it.")));
        builder.add(new LunrDocument("1", fields("Sort-merge joins", "Both sides sorted; no hash table."), 2));
        // Terms as lunr numbers them, first met: hash 0, join 1, build 2, tabl 3, probe 4, sort 5, merg 6, both 7,
        // side 8 ("a", "then", "it", "no" are stop words). Doc 0 body: hash ×2, join, build, tabl, probe ->
        // [0,-1,0,0,0,0]. Doc 1 title: join, sort, merg -> gaps 1,3,0; body: hash, tabl, sort, both, side -> 0,2,1,1,0.
        assertEquals("{\"format\":\"lunr-compact/1\",\"version\":\"2.3.9\",\"ref\":\"id\","
                        + "\"fields\":[[\"title\",10],[\"body\",1]],"
                        + "\"terms\":[\"hash\",\"join\",\"build\",\"tabl\",\"probe\",\"sort\",\"merg\",\"both\","
                        + "\"side\"],"
                        + "\"documents\":[[\"0\",1,[0,0],[0,-1,0,0,0,0]],[\"1\",2,[1,3,0],[0,2,1,1,0]]]}",
                builder.build().toCompactJson());
    }

    @Test
    void keepsLunrsFieldOrderAndTheTextOfOddTerms() {
        LunrSettings settings = new LunrSettings("id",
                List.of(new LunrField("body", 1), new LunrField("10", 2), new LunrField("2", 0.5)), List.of());
        LunrIndexBuilder builder = new LunrIndexBuilder(settings);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("body", "x\"q a\\b back\u2028slash ab\ud800cd");
        fields.put("10", "ten");
        fields.put("2", "");
        builder.add(LunrDocument.of("x", fields));
        String json = builder.build().toCompactJson();
        // Integer-like names first, ascending, as JavaScript lists an object's keys and so lunr iterates fields.
        assertTrue(json.contains("\"fields\":[[\"2\",0.5],[\"10\",2],[\"body\",1]]"), json);
        // Escaped as JSON.stringify escapes: quotes, backslashes, lone surrogates; U+2028 splits tokens.
        assertTrue(json.contains("\"terms\":[\"ten\",\"x\\\"q\",\"a\\\\b\",\"back\",\"slash\",\"ab\\ud800cd\"]"), json);
        assertTrue(json.endsWith("\"documents\":[[\"x\",1,[],[0],[1,0,0,0,0]]]}"), json);
    }

    @Test
    void refusesIndexesWithTokenMetadata() {
        LunrIndexBuilder builder = new LunrIndexBuilder(new LunrSettings("id", SETTINGS.fields(), List.of("position")));
        builder.add(LunrDocument.of("0", fields("a", "b")));
        LunrIndex index = builder.build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, index::toCompactJson);
        assertTrue(e.getMessage().contains("[position]"), e.getMessage());
    }

    @Test
    void isAFractionOfLunrsJsonGzipped() throws Exception {
        LunrIndexBuilder builder = new LunrIndexBuilder(LunrCorpus.settings(List.of()));
        LunrCorpus.generate(1_000, 7).forEach(builder::add);
        LunrIndex index = builder.build();
        long full = gzipped(index.toJson());
        long compact = gzipped(index.toCompactJson());
        assertTrue(compact * 3 < full, "compact " + compact + " B vs lunr's JSON " + full + " B, gzipped");
    }

    private static Map<String, String> fields(String title, String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("body", body);
        return fields;
    }

    private static long gzipped(String text) throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.size();
    }
}
