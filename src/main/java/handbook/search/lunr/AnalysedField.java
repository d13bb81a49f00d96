package handbook.search.lunr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A field's text as the index sees it: the distinct terms the pipeline makes of its tokens, in the order first met
 * (the order lunr meets them), how often each occurs, where (triples of start, length and token index, lunr's
 * position metadata) and how many tokens the stop word filter left: the field's length.
 */
record AnalysedField(String[] terms, int[] frequencies, int[][] occurrences, int length) {
    static final AnalysedField NONE = new AnalysedField(new String[0], new int[0], new int[0][], 0);

    /** Tokenises {@code text} (null: an absent field, no tokens) and runs {@code pipeline} on each token. */
    static AnalysedField of(String text, UnaryOperator<String> pipeline) {
        List<LunrToken> tokens = LunrTokenizer.tokenize(text);
        if (tokens.isEmpty()) {
            return NONE;
        }
        Map<String, List<LunrToken>> byTerm = new LinkedHashMap<>();
        int length = 0;
        for (LunrToken token : tokens) {
            String term = pipeline.apply(token.text());
            if (term != null) { // null: a stop word
                byTerm.computeIfAbsent(term, t -> new ArrayList<>()).add(token);
                length++;
            }
        }
        String[] terms = new String[byTerm.size()];
        int[] frequencies = new int[terms.length];
        int[][] occurrences = new int[terms.length][];
        int i = 0;
        for (Map.Entry<String, List<LunrToken>> entry : byTerm.entrySet()) {
            List<LunrToken> found = entry.getValue();
            terms[i] = entry.getKey();
            frequencies[i] = found.size();
            occurrences[i] = new int[found.size() * 3];
            for (int k = 0; k < found.size(); k++) {
                occurrences[i][3 * k] = found.get(k).start();
                occurrences[i][3 * k + 1] = found.get(k).length();
                occurrences[i][3 * k + 2] = found.get(k).index();
            }
            i++;
        }
        return new AnalysedField(terms, frequencies, occurrences, length);
    }
}
