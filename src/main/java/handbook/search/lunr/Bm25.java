package handbook.search.lunr;

/**
 * lunr's BM25 weights ({@code lunr.idf} and {@code Builder.createFieldVectors}), with its constants k1 = 1.2 and
 * b = 0.75, written with the same operations in the same order so every double comes out bit for bit the same.
 * V8's {@code Math.log} is fdlibm's, which is what {@link StrictMath#log} guarantees ({@code Math.log} does not).
 */
final class Bm25 {
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private Bm25() {}

    /**
     * lunr's idf. {@code documentsWithTerm} sums the documents of each field's posting, so a document with the term in
     * two fields counts twice.
     */
    static double idf(int documentsWithTerm, int documentCount) {
        double x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
        return StrictMath.log(1 + Math.abs(x));
    }

    /** A term's weight in one field of one document, rounded to thousandths as lunr stores it. */
    static double score(double idf, int termFrequency, int fieldLength, double averageFieldLength,
                        double fieldBoost, double documentBoost) {
        double tf = termFrequency;
        double score = idf * ((K1 + 1) * tf) / (K1 * (1 - B + B * (fieldLength / averageFieldLength)) + tf);
        score *= fieldBoost;
        score *= documentBoost;
        return JsNumber.round(score * 1000) / 1000;
    }

    /** lunr reads boosts as {@code boost || 1}: zero counts as no boost. */
    static double boostOrOne(double boost) {
        return boost == 0 || Double.isNaN(boost) ? 1 : boost;
    }
}
