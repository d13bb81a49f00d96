package handbook.search.lunr;

import java.util.Locale;

/**
 * JavaScript's {@code String.prototype.toLowerCase()}, which lunr's tokenizer applies to every field before splitting.
 *
 * <p>Java's {@code toLowerCase(Locale.ROOT)} agrees with V8 (ICU) for every code point Java 17 knows. Two things
 * are done here instead: letters whose lower case Unicode added after Java 17's version 13
 * ({@link UnicodeUpdates}), and capital sigma, whose lower case depends on its neighbours. Java decides final sigma
 * by word boundaries ({@code "Α1Σ"} → {@code "α1ς"}), ICU by Unicode's Final_Sigma condition ({@code "α1σ"}).
 */
public final class JsLowerCase {
    private static final char CAPITAL_SIGMA = '\u03A3';
    private static final String SMALL_SIGMA = "\u03C3";
    private static final String FINAL_SIGMA = "\u03C2";

    private JsLowerCase() {}

    /** Returns {@code text.toLowerCase()} exactly as JavaScript computes it. */
    public static String toLowerCase(String text) {
        if (!needsOwnRules(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        StringBuilder out = new StringBuilder(text.length());
        int runStart = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            String special = special(text, i, cp);
            if (special != null) {
                out.append(text.substring(runStart, i).toLowerCase(Locale.ROOT)).append(special);
                runStart = i + width;
            }
            i += width;
        }
        return out.append(text.substring(runStart).toLowerCase(Locale.ROOT)).toString();
    }

    private static boolean needsOwnRules(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == CAPITAL_SIGMA || UnicodeUpdates.mayNeedLowerCaseMapping(c)) {
                return true;
            }
        }
        return false;
    }

    private static String special(String text, int index, int cp) {
        if (cp == CAPITAL_SIGMA) {
            return isFinalSigma(text, index) ? FINAL_SIGMA : SMALL_SIGMA;
        }
        int lower = UnicodeUpdates.lowerCase(cp);
        return lower < 0 ? null : new String(Character.toChars(lower));
    }

    /**
     * Unicode's Final_Sigma: a cased letter before (case-ignorable characters between) and none after. Like ICU,
     * a character that is both case-ignorable and cased counts as ignorable.
     */
    private static boolean isFinalSigma(String text, int index) {
        boolean casedBefore = false;
        for (int i = index; i > 0; ) {
            int cp = text.codePointBefore(i);
            i -= Character.charCount(cp);
            if (!UnicodeUpdates.isCaseIgnorable(cp)) {
                casedBefore = UnicodeUpdates.isCased(cp);
                break;
            }
        }
        if (!casedBefore) {
            return false;
        }
        for (int i = index + 1; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!UnicodeUpdates.isCaseIgnorable(cp)) {
                return !UnicodeUpdates.isCased(cp);
            }
        }
        return true;
    }
}
