package handbook.search.lunr;

import java.util.HashMap;
import java.util.Map;

/**
 * What lunr's tokenizer and indexing pipeline make of field texts, kept from one index build to the next (the
 * preview's): a field's tokens and their terms are a pure function of its text, so a rebuild after a one-chapter edit
 * analyses only the texts that changed. The index itself (idf, average field lengths, vectors) is still built from
 * every document by {@link LunrIndexBuilder}. Texts not met in a build are forgotten by the next one. One build at
 * a time.
 */
public final class LunrFieldAnalyses {
    private Map<String, AnalysedField> previous = new HashMap<>();
    private Map<String, AnalysedField> current = new HashMap<>();
    private int analysed;

    /** Starts a build: what the build before used is what this one may reuse. */
    public synchronized void startBuild() {
        previous = current;
        current = new HashMap<>();
        analysed = 0;
    }

    /** How many field texts the build since {@link #startBuild()} tokenised itself (the others were kept). */
    public synchronized int analysedInThisBuild() {
        return analysed;
    }

    synchronized AnalysedField of(String text) {
        AnalysedField field = current.get(text);
        if (field == null) {
            field = previous.get(text);
            if (field == null) {
                field = AnalysedField.of(text, LunrPipeline::run);
                analysed++;
            }
            current.put(text, field);
        }
        return field;
    }
}
