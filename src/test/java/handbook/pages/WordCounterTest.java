package handbook.pages;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordCounterTest {
    /** The count the report always gave: the stripped text split on {@code \s+}. */
    private static int bySplit(String text) {
        String s = text.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    @Test
    void countsAsSplittingOnWhiteSpaceDid() {
        String alphabet = "ab \t\n\u000B\f\r\u00A0\u2003\u001C.-é";
        Random random = new Random(20);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(bySplit(sb.toString()), WordCounter.words(sb.toString()), "«" + sb + "»");
        }
    }

    @Test
    void leavesOutListingsAndLeavesTheArticleAlone() {
        var article = Jsoup.parse("<article class=doc><p>Three prose words</p><pre>SELECT 1 FROM t</pre>"
                + "<div class=listingblock>x y</div><p>and two</p></article>").selectFirst("article");
        String before = article.outerHtml();
        assertEquals(5, WordCounter.proseWords(article));
        assertEquals(before, article.outerHtml());
    }
}
