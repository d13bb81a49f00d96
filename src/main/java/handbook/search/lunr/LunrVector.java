package handbook.search.lunr;

import java.util.Arrays;

/**
 * lunr's {@code lunr.Vector} for one field of one document: (term index, score) pairs sorted by term index, which
 * is the order {@code Vector.insert} keeps and the order lunr serialises as {@code [index, score, index, score…]}.
 */
final class LunrVector {
    private final int[] termIndices;
    private final double[] scores;

    private LunrVector(int[] termIndices, double[] scores) {
        this.termIndices = termIndices;
        this.scores = scores;
    }

    /** Sorts pairs given in any order; term indices must be distinct. */
    static LunrVector of(int[] termIndices, double[] scores) {
        int n = termIndices.length;
        long[] keyed = new long[n];
        for (int i = 0; i < n; i++) {
            keyed[i] = ((long) termIndices[i] << 32) | i;
        }
        Arrays.sort(keyed);
        int[] sortedIndices = new int[n];
        double[] sortedScores = new double[n];
        for (int i = 0; i < n; i++) {
            int from = (int) keyed[i];
            sortedIndices[i] = termIndices[from];
            sortedScores[i] = scores[from];
        }
        return new LunrVector(sortedIndices, sortedScores);
    }

    int size() {
        return termIndices.length;
    }

    int termIndex(int i) {
        return termIndices[i];
    }

    double score(int i) {
        return scores[i];
    }
}
