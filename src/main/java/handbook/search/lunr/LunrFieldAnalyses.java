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
    /** The pipeline's term per token ({@link #STOP_WORD} where it drops one), for the texts analysed here. */
    private Map<String, String> previousTokens = new HashMap<>();
    private Map<String, String> currentTokens = new HashMap<>();
    private static final String STOP_WORD = new String("stop word"); // compared by identity
    private int analysed;

    /** Starts a build: what the build before used is what this one may reuse. */
    public synchronized void startBuild() {
        previous = current;
        current = new HashMap<>();
        previousTokens = currentTokens;
        currentTokens = new HashMap<>();
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
                field = AnalysedField.of(text, this::pipeline);
                analysed++;
            }
            current.put(text, field);
        }
        return field;
    }

    /** {@link LunrPipeline#run}, once per distinct token over this build and the one before. */
    private String pipeline(String token) {
        String term = currentTokens.get(token);
        if (term == null) {
            term = previousTokens.get(token);
            if (term == null) {
                String result = LunrPipeline.run(token);
                term = result == null ? STOP_WORD : result;
            }
            currentTokens.put(token, term);
        }
        return term == STOP_WORD ? null : term;
    }
}
