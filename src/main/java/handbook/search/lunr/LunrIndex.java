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

    final List<String> fields;
    final List<FieldVector> fieldVectors;
    /** Terms in UTF-16 order, as {@code Object.keys(invertedIndex).sort()} lists them. */
    final List<IndexedTerm> terms;
    /** Document refs by document number (the order added). */
    final List<String> refs;
    final List<String> metadataWhitelist;

    LunrIndex(List<String> fields, List<FieldVector> fieldVectors, List<IndexedTerm> terms, List<String> refs,
              List<String> metadataWhitelist) {
        this.fields = List.copyOf(fields);
        this.fieldVectors = List.copyOf(fieldVectors);
        this.terms = List.copyOf(terms);
        this.refs = List.copyOf(refs);
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

    /** The vector of one field of one document, under lunr's field ref {@code "field/ref"}. */
    record FieldVector(String fieldRef, LunrVector vector) {}
}
