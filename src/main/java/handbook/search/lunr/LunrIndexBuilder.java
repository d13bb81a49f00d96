package handbook.search.lunr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A port of lunr 2.3.9's {@code lunr.Builder} whose index serialises to exactly what lunr.js prints for
 * {@code JSON.stringify(idx)} given the same settings and documents, so the browser can load it with
 * {@code lunr.Index.load} and search it with lunr's own query pipeline.
 *
 * <pre>{@code
 * String json = LunrIndexBuilder.build(
 *         new LunrSettings("id", List.of(new LunrField("title", 10), LunrField.of("body")), List.of()),
 *         List.of(LunrDocument.of("0", Map.of("title", "Joins", "body", "Hash joins build a table…"))));
 * }</pre>
 *
 * <p>Like lunr's builder it is used once: add every document, then {@link #build()}. Refs must be unique (lunr
 * would merge the postings of two documents with one ref into nonsense), and a document's fields may not include
 * the ref's name.
 */
public final class LunrIndexBuilder {
    private final LunrSettings settings;
    /** The fields in the order lunr iterates them ({@code Object.keys}). */
    private final List<LunrField> fields;
    private final Map<String, IndexedTerm> terms = new HashMap<>();
    /**
     * The memo that makes this faster than lunr.js: each distinct token goes through the pipeline (the stemmer
     * above all) once; {@link #STOP_WORD} marks tokens the pipeline drops.
     */
    private final Map<String, String> termTextsByToken = new HashMap<>();
    private static final String STOP_WORD = new String("stop word"); // compared by identity
    /** Field texts analysed by builds before this one (the preview's), or null. */
    private final LunrFieldAnalyses analyses;
    private final List<String> refs = new ArrayList<>();
    private final Set<String> refSet = new HashSet<>();
    private final List<Double> documentBoosts = new ArrayList<>();
    private final List<LunrIndex.FieldRun> runs = new ArrayList<>();
    private final long[] fieldLengthTotals;
    private boolean built;

    public LunrIndexBuilder(LunrSettings settings) {
        this(settings, null);
    }

    /**
     * A builder that takes each field's tokens and terms from {@code analyses} (null: analyses every field itself),
     * which analyses the texts it has not met before: the index is the same either way.
     */
    public LunrIndexBuilder(LunrSettings settings, LunrFieldAnalyses analyses) {
        this.settings = settings;
        this.analyses = analyses;
        Map<String, LunrField> byName = new HashMap<>();
        settings.fields().forEach(field -> byName.put(field.name(), field));
        List<String> names = settings.fields().stream().map(LunrField::name).toList();
        this.fields = JsObjectKeys.order(names).stream().map(byName::get).toList();
        this.fieldLengthTotals = new long[fields.size()];
    }

    /** Builds the index of these documents and returns it as lunr.js's {@code JSON.stringify(idx)} would. */
    public static String build(LunrSettings settings, List<LunrDocument> documents) {
        LunrIndexBuilder builder = new LunrIndexBuilder(settings);
        documents.forEach(builder::add);
        return builder.build().toJson();
    }

    /** lunr's {@code Builder.add}: tokenises each field, runs the pipeline and records term frequencies. */
    public LunrIndexBuilder add(LunrDocument document) {
        if (built) {
            throw new IllegalStateException("the index is already built");
        }
        String ref = document.ref();
        if (document.fields().containsKey(settings.ref())) {
            throw new IllegalArgumentException("document '" + ref + "' has a field named like the ref, '"
                    + settings.ref() + "'");
        }
        if (!refSet.add(ref)) {
            throw new IllegalArgumentException("duplicate document ref '" + ref + "'");
        }
        int documentNumber = refs.size();
        refs.add(ref);
        documentBoosts.add(document.boost());
        for (int f = 0; f < fields.size(); f++) {
            String name = fields.get(f).name();
            String text = name.equals(settings.ref()) ? ref : document.fields().get(name);
            runs.add(addField(documentNumber, f, analysed(text)));
        }
        return this;
    }

    private AnalysedField analysed(String text) {
        if (analyses == null) {
            return AnalysedField.of(text, this::pipeline);
        }
        return text == null ? AnalysedField.NONE : analyses.of(text);
    }

    /** {@link LunrPipeline#run}, once per distinct token. */
    private String pipeline(String token) {
        String term = termTextsByToken.computeIfAbsent(token, t -> {
            String result = LunrPipeline.run(t);
            return result == null ? STOP_WORD : result;
        });
        return term == STOP_WORD ? null : term;
    }

    private LunrIndex.FieldRun addField(int documentNumber, int field, AnalysedField analysed) {
        String[] fieldTerms = analysed.terms();
        int[] termIndices = new int[fieldTerms.length];
        for (int i = 0; i < fieldTerms.length; i++) {
            IndexedTerm term = term(fieldTerms[i]);
            termIndices[i] = term.index;
            term.postings[field].add(documentNumber, analysed.occurrences()[i]);
        }
        fieldLengthTotals[field] += analysed.length();
        return new LunrIndex.FieldRun(documentNumber, field, analysed.length(), termIndices,
                analysed.frequencies().clone());
    }

    /** The term for a pipeline result, new terms numbered in the order first met, as lunr numbers them. */
    private IndexedTerm term(String text) {
        IndexedTerm term = terms.get(text);
        if (term == null) {
            term = new IndexedTerm(text, terms.size(), fields.size(), !settings.metadataWhitelist().isEmpty());
            terms.put(text, term);
        }
        return term;
    }

    /** lunr's {@code Builder.build}: average field lengths, then one BM25 vector per field of each document. */
    public LunrIndex build() {
        if (built) {
            throw new IllegalStateException("the index is already built");
        }
        built = true;
        int documentCount = refs.size();
        double[] averageLengths = new double[fields.size()];
        for (int f = 0; f < fields.size(); f++) {
            averageLengths[f] = (double) fieldLengthTotals[f] / documentCount;
        }
        double[] idf = new double[terms.size()];
        for (IndexedTerm term : terms.values()) {
            int documentsWithTerm = 0;
            for (IndexedTerm.FieldPosting posting : term.postings) {
                documentsWithTerm += posting.documents.size();
            }
            idf[term.index] = Bm25.idf(documentsWithTerm, documentCount);
        }
        List<LunrIndex.FieldVector> vectors = new ArrayList<>(runs.size());
        for (LunrIndex.FieldRun run : runs) {
            double fieldBoost = Bm25.boostOrOne(fields.get(run.field()).boost());
            double documentBoost = Bm25.boostOrOne(documentBoosts.get(run.document()));
            double[] scores = new double[run.termIndices().length];
            for (int i = 0; i < scores.length; i++) {
                int termIndex = run.termIndices()[i];
                scores[i] = Bm25.score(idf[termIndex], run.frequencies()[i], run.length(),
                        averageLengths[run.field()], fieldBoost, documentBoost);
            }
            String fieldRef = fields.get(run.field()).name() + "/" + refs.get(run.document());
            vectors.add(new LunrIndex.FieldVector(fieldRef, LunrVector.of(run.termIndices(), scores)));
        }
        List<IndexedTerm> sortedTerms = new ArrayList<>(terms.values());
        sortedTerms.sort((a, b) -> a.text.compareTo(b.text));
        return new LunrIndex(settings.ref(), fields, vectors, sortedTerms, refs, documentBoosts, runs,
                settings.metadataWhitelist());
    }
}
