package handbook.search.lunr;

/**
 * lunr's {@code lunr.trimmer}: strips non-word characters from both ends of a token.
 *
 * <p>lunr uses {@code /^\W+/} and {@code /\W+$/} without the {@code u} flag, so a "word" character is only ASCII
 * {@code [A-Za-z0-9_]}: {@code "(café)"} becomes {@code "caf"} (the accented letter counts as punctuation), while
 * {@code "«naïve»"} becomes {@code "naïve"}. A token of punctuation only becomes the empty string, which lunr
 * still indexes as the term {@code ""}.
 */
public final class LunrTrimmer {
    private LunrTrimmer() {}

    public static String trim(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && !isAsciiWordChar(token.charAt(start))) {
            start++;
        }
        while (end > start && !isAsciiWordChar(token.charAt(end - 1))) {
            end--;
        }
        return token.substring(start, end);
    }

    /** JavaScript's {@code \w} without the {@code u} flag. */
    public static boolean isAsciiWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
