package handbook.search.lunr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that knows lunr's index JSON: writes a {@link LunrIndex} exactly as {@code JSON.stringify} prints
 * lunr.js's index object.
 *
 * <p>This is written by hand rather than with Jackson because byte identity depends on details of JavaScript that no
 * JSON library reproduces: object keys in JavaScript's order ({@link JsObjectKeys}: integer-like refs first),
 * numbers in JavaScript's shortest form ({@link JsNumber}: {@code 1.5}, not {@code 1.5E0} or {@code 1.50}), and
 * {@code JSON.stringify}'s string escaping ({@link JsString}: lone surrogates escaped, U+2028 not).
 *
 * <pre>
 * {"version":"2.3.9","fields":["title","body"],
 *  "fieldVectors":[["title/0",[0,1.234,…]],…],
 *  "invertedIndex":[["join",{"_index":0,"title":{"0":{}},"body":{}}],…],
 *  "pipeline":["stemmer"]}
 * </pre>
 */
final class LunrIndexJsonWriter {
    private final LunrIndex index;
    private final StringBuilder out = new StringBuilder(1 << 16);
    /** Rank of each document among all refs in JavaScript key order; null when that is the order added. */
    private final int[] documentRanks;
    /** The whitelisted metadata keys in JavaScript key order, with how often each is listed. */
    private final Map<String, Integer> metadataKeys = new LinkedHashMap<>();
    /** Posting keys: -1 for {@code _index}, else a field number, in JavaScript key order. */
    private final int[] postingKeys;

    LunrIndexJsonWriter(LunrIndex index) {
        this.index = index;
        this.documentRanks = JsObjectKeys.ranks(index.refs);
        Map<String, Integer> counts = new LinkedHashMap<>();
        index.metadataWhitelist.forEach(key -> counts.merge(key, 1, Integer::sum));
        JsObjectKeys.order(new ArrayList<>(counts.keySet())).forEach(key -> metadataKeys.put(key, counts.get(key)));
        List<String> keys = new ArrayList<>();
        keys.add("_index");
        keys.addAll(index.fields);
        this.postingKeys = JsObjectKeys.order(keys).stream().mapToInt(key -> keys.indexOf(key) - 1).toArray();
    }

    String write() {
        out.append("{\"version\":");
        string(LunrIndex.VERSION);
        out.append(",\"fields\":");
        stringArray(index.fields);
        out.append(",\"fieldVectors\":[");
        for (int i = 0; i < index.fieldVectors.size(); i++) {
            comma(i);
            fieldVector(index.fieldVectors.get(i));
        }
        out.append("],\"invertedIndex\":[");
        for (int i = 0; i < index.terms.size(); i++) {
            comma(i);
            term(index.terms.get(i));
        }
        out.append("],\"pipeline\":");
        stringArray(LunrIndex.SEARCH_PIPELINE);
        return out.append('}').toString();
    }

    private void fieldVector(LunrIndex.FieldVector fieldVector) {
        out.append('[');
        string(fieldVector.fieldRef());
        out.append(",[");
        LunrVector vector = fieldVector.vector();
        for (int i = 0; i < vector.size(); i++) {
            comma(i);
            out.append(vector.termIndex(i)).append(',');
            JsNumber.append(out, vector.score(i));
        }
        out.append("]]");
    }

    private void term(IndexedTerm term) {
        out.append('[');
        string(term.text);
        out.append(",{");
        for (int k = 0; k < postingKeys.length; k++) {
            comma(k);
            int field = postingKeys[k];
            if (field < 0) {
                out.append("\"_index\":").append(term.index);
            } else {
                string(index.fields.get(field));
                out.append(':');
                posting(term.postings[field], index.fields.get(field));
            }
        }
        out.append("}]");
    }

    private void posting(IndexedTerm.FieldPosting posting, String fieldName) {
        out.append('{');
        int[] order = documentOrder(posting);
        for (int i = 0; i < order.length; i++) {
            comma(i);
            int entry = order[i];
            string(index.refs.get(posting.documents.get(entry)));
            out.append(":{");
            int k = 0;
            for (Map.Entry<String, Integer> key : metadataKeys.entrySet()) {
                comma(k++);
                string(key.getKey());
                out.append(":[");
                metadataValues(posting, entry, key.getKey(), key.getValue(), fieldName);
                out.append(']');
            }
            out.append('}');
        }
        out.append('}');
    }

    /** For each occurrence, the token's metadata value, once per time the key is whitelisted; unknown keys: null. */
    private void metadataValues(IndexedTerm.FieldPosting posting, int entry, String key, int times, String field) {
        int n = 0;
        for (int o = posting.occurrenceStarts.get(entry); o < posting.occurrencesEnd(entry); o += 3) {
            for (int t = 0; t < times; t++) {
                comma(n++);
                switch (key) {
                    case "position" -> out.append('[').append(posting.occurrences.get(o)).append(',')
                            .append(posting.occurrences.get(o + 1)).append(']');
                    case "index" -> out.append(posting.occurrences.get(o + 2));
                    case "fields" -> {
                        out.append('[');
                        string(field);
                        out.append(']');
                    }
                    default -> out.append("null");
                }
            }
        }
    }

    /** Entries of a posting in JavaScript key order of their refs. */
    private int[] documentOrder(IndexedTerm.FieldPosting posting) {
        int n = posting.documents.size();
        long[] keyed = new long[n];
        for (int i = 0; i < n; i++) {
            int document = posting.documents.get(i);
            keyed[i] = ((long) (documentRanks == null ? document : documentRanks[document]) << 32) | i;
        }
        if (documentRanks != null) {
            Arrays.sort(keyed);
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) keyed[i];
        }
        return order;
    }

    private void stringArray(List<String> values) {
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            comma(i);
            string(values.get(i));
        }
        out.append(']');
    }

    private void comma(int i) {
        if (i > 0) {
            out.append(',');
        }
    }

    private void string(String s) {
        JsString.quote(out, s);
    }
}
