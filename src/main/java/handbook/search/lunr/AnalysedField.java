package handbook.search.lunr;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A field's text as the index sees it: per token (in {@link LunrTokenizer}'s order) its position and the term the
 * pipeline makes of it, {@code null} where the stop word filter drops it. The token's index is its place here.
 */
record AnalysedField(String[] terms, int[] starts, int[] lengths) {
    static final AnalysedField NONE = new AnalysedField(new String[0], new int[0], new int[0]);

    /** Tokenises {@code text} (null: an absent field, no tokens) and runs {@code pipeline} on each token. */
    static AnalysedField of(String text, UnaryOperator<String> pipeline) {
        List<LunrToken> tokens = LunrTokenizer.tokenize(text);
        if (tokens.isEmpty()) {
            return NONE;
        }
        String[] terms = new String[tokens.size()];
        int[] starts = new int[tokens.size()];
        int[] lengths = new int[tokens.size()];
        for (int i = 0; i < terms.length; i++) {
            LunrToken token = tokens.get(i);
            terms[i] = pipeline.apply(token.text());
            starts[i] = token.start();
            lengths[i] = token.length();
        }
        return new AnalysedField(terms, starts, lengths);
    }

    int size() {
        return terms.length;
    }
}
