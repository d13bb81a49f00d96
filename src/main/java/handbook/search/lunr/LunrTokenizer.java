package handbook.search.lunr;

import java.util.ArrayList;
import java.util.List;

/**
 * lunr's {@code lunr.tokenizer}: lower-cases a field and splits it on runs of JavaScript whitespace and hyphens.
 *
 * <p>lunr tests each UTF-16 code unit against {@code /[\s\-]+/}, so this works per {@code char} too. JavaScript's
 * {@code \s} is not Java's: it includes U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000 and
 * U+FEFF, and excludes U+001C–U+001F and U+0085. For example {@code "Well-known\u00A0facts"} gives
 * {@code well}, {@code known} and {@code facts}.
 */
public final class LunrTokenizer {
    private LunrTokenizer() {}

    /** Returns the tokens of a field's text; {@code null} (an absent field) gives none. */
    public static List<LunrToken> tokenize(String text) {
        List<LunrToken> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        String lower = JsLowerCase.toLowerCase(text);
        int length = lower.length();
        int sliceStart = 0;
        for (int sliceEnd = 0; sliceEnd <= length; sliceEnd++) {
            if (sliceEnd == length || isSeparator(lower.charAt(sliceEnd))) {
                if (sliceEnd > sliceStart) {
                    tokens.add(new LunrToken(lower.substring(sliceStart, sliceEnd), sliceStart,
                            sliceEnd - sliceStart, tokens.size()));
                }
                sliceStart = sliceEnd + 1;
            }
        }
        return tokens;
    }

    /** Whether lunr splits at this code unit: JavaScript's {@code \s} or a hyphen-minus. */
    public static boolean isSeparator(char c) {
        return c == '-' || isJsWhitespace(c);
    }

    /** JavaScript's {@code \s}: WhiteSpace (with every Zs character) and LineTerminator. */
    public static boolean isJsWhitespace(char c) {
        if (c <= ' ') {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }
        return c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028'
                || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\uFEFF';
    }
}
