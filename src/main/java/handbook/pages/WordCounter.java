package handbook.pages;

import org.jsoup.nodes.Element;

/** Counts the words of prose a reader sees in a page's article: code listings, results and tables of data excluded. */
public final class WordCounter {
    private static final String NOT_PROSE = "pre, .listingblock, .literalblock, .heading-anchor, .badges, script, style";

    private WordCounter() {}

    public static int proseWords(Element article) {
        return proseWordsOfCopy(article.clone());
    }

    /** {@link #proseWords} of an element the caller owns: it is changed (the parts that are not prose removed). */
    static int proseWordsOfCopy(Element copy) {
        copy.select(NOT_PROSE).remove();
        return words(copy.text());
    }

    /** The number of words of {@code text}: runs of characters other than the ASCII white space {@code \s} matches. */
    static int words(String text) {
        String s = text.strip();
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
