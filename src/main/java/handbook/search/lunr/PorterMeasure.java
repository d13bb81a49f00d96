package handbook.search.lunr;

/**
 * The measure tests of lunr's Porter stemmer, evaluated on UTF-16 code units exactly as JavaScript evaluates them:
 * <pre>
 *   C = [^aeiou][^aeiouy]*    V = [aeiouy][aeiou]*
 *   m &gt; 0: ^(C)?VC     m = 1: ^(C)?VC(V)?$     m &gt; 1: ^(C)?VCVC     vowel: ^(C)?[aeiouy]
 * </pre>
 * Because {@code y} is both a consonant and a vowel here, a regular expression may read a word in several ways
 * ({@code "yy"} has m &gt; 0). Instead of counting, each test follows every reading at once: it keeps the set of
 * positions the pattern can have reached after each part, in time linear in the word's length.
 */
final class PorterMeasure {
    private static final String VOWELS = "aeiou";
    private static final String VOWELS_Y = "aeiouy";

    private PorterMeasure() {}

    static boolean greaterThan0(String s) {
        return any(consonants(s, vowelsAfterOptionalConsonants(s)));
    }

    static boolean greaterThan1(String s) {
        boolean[] afterVc = consonants(s, vowelsAfterOptionalConsonants(s));
        return any(consonants(s, vowels(s, afterVc)));
    }

    static boolean equals1(String s) {
        boolean[] afterVc = consonants(s, vowelsAfterOptionalConsonants(s));
        return afterVc[s.length()] || vowels(s, afterVc)[s.length()];
    }

    static boolean hasVowel(String s) {
        return any(advance(s, optionalConsonants(s), VOWELS_Y, true, null, false));
    }

    /** {@code ^C[aeiouy][^aeiouwxy]$}: consonants, one vowel, one last letter that is not a vowel, w, x or y. */
    static boolean isConsonantVowelConsonant(String s) {
        int n = s.length();
        if (n < 3 || isOneOf(s.charAt(n - 1), "aeiouwxy") || !isOneOf(s.charAt(n - 2), VOWELS_Y)
                || isOneOf(s.charAt(0), VOWELS)) {
            return false;
        }
        for (int i = 1; i < n - 2; i++) {
            if (isOneOf(s.charAt(i), VOWELS_Y)) {
                return false;
            }
        }
        return true;
    }

    static boolean isOneOf(char c, String set) {
        return set.indexOf(c) >= 0;
    }

    /** Positions after {@code ^(C)?V}. */
    private static boolean[] vowelsAfterOptionalConsonants(String s) {
        return vowels(s, optionalConsonants(s));
    }

    /** Positions after {@code ^(C)?}. */
    private static boolean[] optionalConsonants(String s) {
        boolean[] start = new boolean[s.length() + 1];
        start[0] = true;
        boolean[] after = consonants(s, start);
        after[0] = true;
        return after;
    }

    private static boolean[] consonants(String s, boolean[] from) {
        return advance(s, from, VOWELS, false, VOWELS_Y, false);
    }

    private static boolean[] vowels(String s, boolean[] from) {
        return advance(s, from, VOWELS_Y, true, VOWELS, true);
    }

    /**
     * Positions reachable from {@code from} by one unit that is (or is not) in {@code firstSet}, then any number
     * of units that are (or are not) in {@code restSet} ({@code null}: none).
     */
    private static boolean[] advance(String s, boolean[] from, String firstSet, boolean firstIn,
                                     String restSet, boolean restIn) {
        int n = s.length();
        boolean[] to = new boolean[n + 1];
        int marked = -1;
        int runEnd = -1;
        for (int i = 0; i < n; i++) {
            if (!from[i] || isOneOf(s.charAt(i), firstSet) != firstIn) {
                continue;
            }
            int end = i + 1;
            if (restSet != null) {
                if (end <= runEnd) {
                    end = runEnd;
                } else {
                    while (end < n && isOneOf(s.charAt(end), restSet) == restIn) {
                        end++;
                    }
                    runEnd = end;
                }
            }
            for (int q = Math.max(i + 1, marked + 1); q <= end; q++) {
                to[q] = true;
            }
            marked = Math.max(marked, end);
        }
        return to;
    }

    private static boolean any(boolean[] positions) {
        for (boolean p : positions) {
            if (p) {
                return true;
            }
        }
        return false;
    }
}
