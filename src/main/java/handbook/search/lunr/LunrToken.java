package handbook.search.lunr;

/**
 * One token cut from a field by {@link LunrTokenizer}, with the metadata lunr records for it.
 *
 * @param text   the lower-cased slice of the field
 * @param start  where the slice starts in the lower-cased field, in UTF-16 code units (lunr's {@code position[0]})
 * @param length the slice's length in UTF-16 code units (lunr's {@code position[1]})
 * @param index  the token's place among all tokens of the field, before the pipeline drops any (lunr's {@code index})
 */
public record LunrToken(String text, int start, int length, int index) {}
