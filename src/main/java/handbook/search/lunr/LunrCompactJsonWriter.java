package handbook.search.lunr;

import java.util.Arrays;

/**
 * The one place that knows the compact form of an index: what lunr's builder saw after its pipeline (each field of
 * each document as distinct terms with their frequencies), instead of what it computed from that (BM25 vectors and
 * the inverted index, which repeat every posting twice and spell each score out to three decimals). It is about a
 * quarter of lunr's JSON gzipped. {@code assets/js/lunr-compact.js} hands it back to lunr.js's own builder, with the
 * tokenizer and pipeline already applied, and lunr computes the very index that {@link LunrIndexJsonWriter} writes;
 * the tests prove that byte for byte.
 *
 * <pre>
 * {"format":"lunr-compact/1","version":"2.3.9","ref":"id",
 *  "fields":[["title",10],["body",1]],
 *  "terms":["join","hash",…],
 *  "documents":[["0",1,[0],[1,-2,0,…]],…]}
 * </pre>
 *
 * <ul>
 *   <li>{@code fields}: name and boost, in the order lunr iterates them.</li>
 *   <li>{@code terms}: every term, in the order lunr numbers them (first met).</li>
 *   <li>{@code documents}: in the order added: ref, boost, then one run per field. A run lists the field's distinct
 *   terms by number, ascending, each as the gap from the previous one ({@code n} is term {@code previous + 1 + n},
 *   starting from −1); a negative {@code -k} after a term says it occurs {@code k} more times. The field's length
 *   is the sum of the frequencies.</li>
 * </ul>
 *
 * <p>Sorting a run's terms keeps lunr's numbering: the terms a run meets for the first time are numbered in the
 * order met, so ascending numbers list them in that order.
 */
final class LunrCompactJsonWriter {
    static final String FORMAT = "lunr-compact/1";

    private final LunrIndex index;
    private final StringBuilder out = new StringBuilder(1 << 16);

    LunrCompactJsonWriter(LunrIndex index) {
        if (!index.metadataWhitelist.isEmpty()) {
            throw new IllegalArgumentException("the compact form cannot hold token metadata "
                    + index.metadataWhitelist + ": build with an empty metadataWhitelist");
        }
        this.index = index;
    }

    String write() {
        out.append("{\"format\":");
        JsString.quote(out, FORMAT);
        out.append(",\"version\":");
        JsString.quote(out, LunrIndex.VERSION);
        out.append(",\"ref\":");
        JsString.quote(out, index.ref);
        out.append(",\"fields\":[");
        for (int f = 0; f < index.fields.size(); f++) {
            comma(f);
            out.append('[');
            JsString.quote(out, index.fields.get(f));
            out.append(',');
            JsNumber.append(out, index.fieldBoosts.get(f));
            out.append(']');
        }
        out.append("],\"terms\":[");
        String[] byNumber = new String[index.terms.size()];
        index.terms.forEach(term -> byNumber[term.index] = term.text);
        for (int t = 0; t < byNumber.length; t++) {
            comma(t);
            JsString.quote(out, byNumber[t]);
        }
        out.append("],\"documents\":[");
        int fieldCount = index.fields.size();
        for (int d = 0; d < index.refs.size(); d++) {
            comma(d);
            out.append('[');
            JsString.quote(out, index.refs.get(d));
            out.append(',');
            JsNumber.append(out, index.documentBoosts.get(d));
            for (int f = 0; f < fieldCount; f++) {
                out.append(',');
                run(index.runs.get(d * fieldCount + f));
            }
            out.append(']');
        }
        return out.append("]}").toString();
    }

    private void run(LunrIndex.FieldRun run) {
        int n = run.termIndices().length;
        long[] keyed = new long[n];
        for (int i = 0; i < n; i++) {
            keyed[i] = ((long) run.termIndices()[i] << 32) | run.frequencies()[i];
        }
        Arrays.sort(keyed);
        out.append('[');
        int previous = -1;
        for (int i = 0; i < n; i++) {
            int term = (int) (keyed[i] >>> 32);
            int frequency = (int) keyed[i];
            comma(i);
            out.append(term - previous - 1);
            if (frequency > 1) {
                out.append(',').append(1 - frequency);
            }
            previous = term;
        }
        out.append(']');
    }

    private void comma(int i) {
        if (i > 0) {
            out.append(',');
        }
    }
}
