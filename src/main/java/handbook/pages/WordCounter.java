package handbook.pages;

import org.jsoup.nodes.Element;

/** Counts the words of prose a reader sees in a page's article: code listings, results and tables of data excluded. */
public final class WordCounter {
    private WordCounter() {}

    public static int proseWords(Element article) {
        Element copy = article.clone();
        copy.select("pre, .listingblock, .literalblock, .heading-anchor, .badges, script, style").remove();
        String text = copy.text().strip();
        return text.isEmpty() ? 0 : text.split("\\s+").length;
    }
}
