package handbook.search.lunr;

/**
 * lunr's indexing pipeline: {@link LunrTrimmer}, then {@link LunrStopWordFilter}, then {@link LunrStemmer}.
 * Each step depends only on the token's text, which is why {@link LunrIndexBuilder} can remember the outcome per
 * distinct token.
 */
final class LunrPipeline {
    private LunrPipeline() {}

    /**
     * Returns the term lunr indexes for a token, or {@code null} when the stop word filter drops it. lunr keeps a
     * token the trimmer empties: its term is {@code ""}.
     */
    static String run(String token) {
        String trimmed = LunrTrimmer.trim(token);
        return LunrStopWordFilter.isStopWord(trimmed) ? null : LunrStemmer.stem(trimmed);
    }
}
