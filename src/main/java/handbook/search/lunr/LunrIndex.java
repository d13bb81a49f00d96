package handbook.search.lunr;

import java.util.List;

/**
 * A built index, read-only: what lunr's {@code Index.toJSON} serialises. Its only use here is {@link #toJson()};
 * searching happens in the browser, with lunr.js.
 */
public final class LunrIndex {
    /** lunr serialises the search pipeline by the names of its registered functions. */
    static final List<String> SEARCH_PIPELINE = List.of("stemmer");
    static final String VERSION = "2.3.9";

    final String ref;
    /** Field names in the order lunr iterates them ({@code Object.keys}). */
    final List<String> fields;
    final List<Double> fieldBoosts;
    final List<FieldVector> fieldVectors;
    /** Terms in UTF-16 order, as {@code Object.keys(invertedIndex).sort()} lists them. */
    final List<IndexedTerm> terms;
    /** Document refs by document number (the order added). */
    final List<String> refs;
    final List<Double> documentBoosts;
    /** Each field of each document as added, in the order added. */
    final List<FieldRun> runs;
    final List<String> metadataWhitelist;

    LunrIndex(String ref, List<LunrField> fields, List<FieldVector> fieldVectors, List<IndexedTerm> terms,
              List<String> refs, List<Double> documentBoosts, List<FieldRun> runs, List<String> metadataWhitelist) {
        this.ref = ref;
        this.fields = fields.stream().map(LunrField::name).toList();
        this.fieldBoosts = fields.stream().map(LunrField::boost).toList();
        this.fieldVectors = List.copyOf(fieldVectors);
        this.terms = List.copyOf(terms);
        this.refs = List.copyOf(refs);
        this.documentBoosts = List.copyOf(documentBoosts);
        this.runs = List.copyOf(runs);
        this.metadataWhitelist = List.copyOf(metadataWhitelist);
    }

    public int documentCount() {
        return refs.size();
    }

    public int termCount() {
        return terms.size();
    }

    /** The index as lunr.js 2.3.9 prints it with {@code JSON.stringify(idx)}, byte for byte. */
    public String toJson() {
        return new LunrIndexJsonWriter(this).write();
    }

    /**
     * The index in {@link LunrCompactJsonWriter compact form}: a fraction of the size, and lunr.js rebuilds exactly
     * this index from it ({@code assets/js/lunr-compact.js}).
     *
     * @throws IllegalArgumentException if token metadata is stored: the compact form has no room for it
     */
    public String toCompactJson() {
        return new LunrCompactJsonWriter(this).write();
    }

    /** The vector of one field of one document, under lunr's field ref {@code "field/ref"}. */
    record FieldVector(String fieldRef, LunrVector vector) {}

    /**
     * One field of one document as added: its length in terms, and each distinct term (by index) with its
     * frequency, in the order first met.
     */
    record FieldRun(int document, int field, int length, int[] termIndices, int[] frequencies) {}
}
