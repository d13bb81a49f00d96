package handbook.search.lunr;

import java.util.Map;

/**
 * lunr's own Porter stemmer ({@code lunr.stemmer}), step for step, so that a word stemmed here when the index is
 * built equals the same word stemmed by lunr in the browser when it is searched: {@code key} stays {@code key},
 * {@code try} becomes {@code tri}, {@code generalizations} becomes {@code gener}.
 *
 * <p>lunr's regular expressions have no {@code u} flag, so they see UTF-16 code units, while Java's see code points
 * (a surrogate pair is one character to {@code [^aeiou]} in Java, two in JavaScript). Rather than translate the
 * expressions, each is evaluated here by hand on code units, with JavaScript's meaning of {@code .} (any unit but a
 * line terminator) and {@code $} (end of input only); {@link PorterMeasure} does the measure expressions.
 * The comments quote the expression each step stands for.
 */
public final class LunrStemmer {
    private static final Map<String, String> STEP2 = Map.ofEntries(
            Map.entry("ational", "ate"), Map.entry("tional", "tion"), Map.entry("enci", "ence"),
            Map.entry("anci", "ance"), Map.entry("izer", "ize"), Map.entry("bli", "ble"), Map.entry("alli", "al"),
            Map.entry("entli", "ent"), Map.entry("eli", "e"), Map.entry("ousli", "ous"), Map.entry("ization", "ize"),
            Map.entry("ation", "ate"), Map.entry("ator", "ate"), Map.entry("alism", "al"),
            Map.entry("iveness", "ive"), Map.entry("fulness", "ful"), Map.entry("ousness", "ous"),
            Map.entry("aliti", "al"), Map.entry("iviti", "ive"), Map.entry("biliti", "ble"), Map.entry("logi", "log"));
    private static final Map<String, String> STEP3 = Map.of(
            "icate", "ic", "ative", "", "alize", "al", "iciti", "ic", "ical", "ic", "ful", "", "ness", "");
    private static final String[] STEP2_SUFFIXES = STEP2.keySet().toArray(String[]::new);
    private static final String[] STEP3_SUFFIXES = STEP3.keySet().toArray(String[]::new);
    private static final String[] STEP4 = {"al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment",
            "ent", "ou", "ism", "ate", "iti", "ous", "ive", "ize"};

    private LunrStemmer() {}

    public static String stem(String word) {
        if (word.length() < 3) {
            return word;
        }
        boolean initialY = word.charAt(0) == 'y';
        String w = initialY ? "Y" + word.substring(1) : word;
        w = step1a(w);
        w = step1b(w);
        w = step1c(w);
        w = step2and3(w, STEP2, STEP2_SUFFIXES);
        w = step2and3(w, STEP3, STEP3_SUFFIXES);
        w = step4(w);
        w = step5(w);
        return initialY ? "y" + w.substring(1) : w;
    }

    private static String step1a(String w) {
        // /^(.+?)(ss|i)es$/ → "$1$2"
        Split split = Split.of(w, "sses", "ies");
        if (split != null) {
            return w.substring(0, w.length() - 2);
        }
        // /^(.+?)([^s])s$/ → "$1$2"
        int n = w.length();
        if (w.charAt(n - 1) == 's' && w.charAt(n - 2) != 's' && Split.isDotRun(w, n - 2)) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static String step1b(String w) {
        // /^(.+?)eed$/, then /.$/ → "" if the stem has m > 0
        Split eed = Split.of(w, "eed");
        if (eed != null) {
            return PorterMeasure.greaterThan0(eed.stem()) ? dropLastUnit(w) : w;
        }
        // /^(.+?)(ed|ing)$/ if the stem has a vowel
        Split edIng = Split.of(w, "ed", "ing");
        if (edIng == null || !PorterMeasure.hasVowel(edIng.stem())) {
            return w;
        }
        String stem = edIng.stem();
        if (stem.endsWith("at") || stem.endsWith("bl") || stem.endsWith("iz")) {
            return stem + "e";
        }
        if (endsWithDoubleConsonant(stem)) {
            return dropLastUnit(stem);
        }
        return PorterMeasure.isConsonantVowelConsonant(stem) ? stem + "e" : stem;
    }

    private static String step1c(String w) {
        // /^(.+?[^aeiou])y$/ → "$1i"
        int n = w.length();
        if (n >= 3 && w.charAt(n - 1) == 'y' && !PorterMeasure.isOneOf(w.charAt(n - 2), "aeiou")
                && Split.isDotRun(w, n - 2)) {
            return w.substring(0, n - 1) + "i";
        }
        return w;
    }

    private static String step2and3(String w, Map<String, String> replacements, String[] suffixes) {
        // /^(.+?)(ational|tional|…)$/, replaced from the list if the stem has m > 0
        Split split = Split.of(w, suffixes);
        if (split != null && PorterMeasure.greaterThan0(split.stem())) {
            return split.stem() + replacements.get(split.suffix());
        }
        return w;
    }

    private static String step4(String w) {
        // /^(.+?)(al|ance|…|ize)$/, dropped if the stem has m > 1
        Split split = Split.of(w, STEP4);
        if (split != null) {
            return PorterMeasure.greaterThan1(split.stem()) ? split.stem() : w;
        }
        // /^(.+?)(s|t)(ion)$/ → "$1$2" if that has m > 1
        Split ion = Split.of(w, "sion", "tion");
        if (ion != null) {
            String stem = w.substring(0, w.length() - 3);
            return PorterMeasure.greaterThan1(stem) ? stem : w;
        }
        return w;
    }

    private static String step5(String w) {
        // /^(.+?)e$/, dropped if m > 1, or m = 1 and the stem is not consonant-vowel-consonant
        Split e = Split.of(w, "e");
        if (e != null) {
            String stem = e.stem();
            if (PorterMeasure.greaterThan1(stem)
                    || (PorterMeasure.equals1(stem) && !PorterMeasure.isConsonantVowelConsonant(stem))) {
                w = stem;
            }
        }
        // /ll$/ and m > 1: /.$/ → ""
        if (w.endsWith("ll") && PorterMeasure.greaterThan1(w)) {
            w = dropLastUnit(w);
        }
        return w;
    }

    /** {@code /([^aeiouylsz])\1$/}. */
    private static boolean endsWithDoubleConsonant(String w) {
        int n = w.length();
        return n >= 2 && w.charAt(n - 1) == w.charAt(n - 2) && !PorterMeasure.isOneOf(w.charAt(n - 1), "aeiouylsz");
    }

    /** {@code w.replace(/.$/, "")}: {@code .} does not match a line terminator, so then nothing is removed. */
    private static String dropLastUnit(String w) {
        return Split.isLineTerminator(w.charAt(w.length() - 1)) ? w : w.substring(0, w.length() - 1);
    }

    /**
     * A match of {@code /^(.+?)(suffix1|suffix2|…)$/}: the lazy group takes the shortest prefix, so the longest
     * matching suffix wins, and the prefix must be at least one unit with no line terminator in it.
     */
    private record Split(String stem, String suffix) {
        static Split of(String w, String... suffixes) {
            String best = null;
            for (String suffix : suffixes) {
                if (w.length() > suffix.length() && w.endsWith(suffix)
                        && (best == null || suffix.length() > best.length())) {
                    best = suffix;
                }
            }
            if (best == null || !isDotRun(w, w.length() - best.length())) {
                return null;
            }
            return new Split(w.substring(0, w.length() - best.length()), best);
        }

        /** Whether {@code w[0, end)} matches {@code .+} in JavaScript. */
        static boolean isDotRun(String w, int end) {
            if (end < 1) {
                return false;
            }
            for (int i = 0; i < end; i++) {
                if (isLineTerminator(w.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        static boolean isLineTerminator(char c) {
            return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
        }
    }
}
