package handbook.search.lunr;

/**
 * What Unicode 14 to 17 changed, relative to Java 17's Unicode 13 tables, in the three properties JavaScript's
 * {@code toLowerCase} depends on. Node 20 (ICU 78) uses Unicode 17, and the index must lower-case as it does.
 * {@code LunrTextTest} compares every code point with Node, so a newer Node that changes these again is noticed.
 */
final class UnicodeUpdates {
    /** {first, last, offset to lower case} for capital letters whose lower-case mapping Java 17 lacks. */
    private static final int[][] LOWER_CASE_MAPPINGS = {
            {0x1C89, 0x1C89, 1}, {0x2C2F, 0x2C2F, 0x30}, {0xA7C0, 0xA7C0, 1}, {0xA7CB, 0xA7CB, 0x0264 - 0xA7CB},
            {0xA7CC, 0xA7CC, 1}, {0xA7CE, 0xA7CE, 1}, {0xA7D0, 0xA7D0, 1}, {0xA7D2, 0xA7D2, 1},
            {0xA7D4, 0xA7D4, 1}, {0xA7D6, 0xA7D6, 1}, {0xA7D8, 0xA7D8, 1}, {0xA7DA, 0xA7DA, 1},
            {0xA7DC, 0xA7DC, 0x019B - 0xA7DC},
            {0x10570, 0x1057A, 0x27}, {0x1057C, 0x1058A, 0x27}, {0x1058C, 0x10592, 0x27}, {0x10594, 0x10595, 0x27},
            {0x10D50, 0x10D65, 0x20}, {0x16EA0, 0x16EB8, 0x1B},
    };

    /** Code point ranges that became Cased. */
    private static final int[][] CASED_ADDED = {
            {0x10FC, 0x10FC}, {0x1C89, 0x1C8A}, {0x2C2F, 0x2C2F}, {0x2C5F, 0x2C5F}, {0xA7C0, 0xA7C1},
            {0xA7CB, 0xA7DC}, {0xA7F1, 0xA7F4}, {0xAB69, 0xAB69}, {0x10570, 0x1057A}, {0x1057C, 0x1058A},
            {0x1058C, 0x10592}, {0x10594, 0x10595}, {0x10597, 0x105A1}, {0x105A3, 0x105B1}, {0x105B3, 0x105B9},
            {0x105BB, 0x105BC}, {0x10780, 0x10780}, {0x10783, 0x10785}, {0x10787, 0x107B0}, {0x107B2, 0x107BA},
            {0x10D50, 0x10D65}, {0x10D70, 0x10D85}, {0x16EA0, 0x16EB8}, {0x16EBB, 0x16ED3}, {0x1DF00, 0x1DF09},
            {0x1DF0B, 0x1DF1E}, {0x1DF25, 0x1DF2A}, {0x1E030, 0x1E06D},
    };
    /** U+0295 became an uncased letter (Lo). */
    private static final int CASED_REMOVED = 0x0295;

    /** Code point ranges that became Case_Ignorable. */
    private static final int[][] CASE_IGNORABLE_ADDED = {
            {0x888, 0x888}, {0x890, 0x891}, {0x897, 0x89F}, {0x8C9, 0x8D2}, {0xC3C, 0xC3C}, {0xECE, 0xECE},
            {0x180F, 0x180F}, {0x1AC1, 0x1ADD}, {0x1AE0, 0x1AEB}, {0x1DFA, 0x1DFA}, {0xA7F1, 0xA7F4},
            {0xFBC2, 0xFBC2}, {0x10780, 0x10785}, {0x10787, 0x107B0}, {0x107B2, 0x107BA}, {0x10D4E, 0x10D4E},
            {0x10D69, 0x10D6D}, {0x10D6F, 0x10D6F}, {0x10EC5, 0x10EC5}, {0x10EFA, 0x10EFF}, {0x10F82, 0x10F85},
            {0x11070, 0x11070}, {0x11073, 0x11074}, {0x110C2, 0x110C2}, {0x11241, 0x11241}, {0x113BB, 0x113C0},
            {0x113CE, 0x113CE}, {0x113D0, 0x113D0}, {0x113D2, 0x113D2}, {0x113E1, 0x113E2}, {0x11B60, 0x11B60},
            {0x11B62, 0x11B64}, {0x11B66, 0x11B66}, {0x11DD9, 0x11DD9}, {0x11F00, 0x11F01}, {0x11F36, 0x11F3A},
            {0x11F40, 0x11F40}, {0x11F42, 0x11F42}, {0x11F5A, 0x11F5A}, {0x13439, 0x13440}, {0x13447, 0x13455},
            {0x1611E, 0x16129}, {0x1612D, 0x1612F}, {0x16D40, 0x16D42}, {0x16D6B, 0x16D6C}, {0x16FF2, 0x16FF3},
            {0x1AFF0, 0x1AFF3}, {0x1AFF5, 0x1AFFB}, {0x1AFFD, 0x1AFFE}, {0x1CF00, 0x1CF2D}, {0x1CF30, 0x1CF46},
            {0x1E030, 0x1E06D}, {0x1E08F, 0x1E08F}, {0x1E2AE, 0x1E2AE}, {0x1E4EB, 0x1E4EF}, {0x1E5EE, 0x1E5EF},
            {0x1E6E3, 0x1E6E3}, {0x1E6E6, 0x1E6E6}, {0x1E6EE, 0x1E6EF}, {0x1E6F5, 0x1E6F5}, {0x1E6FF, 0x1E6FF},
    };
    /** Two vowel signs that became spacing marks (Mc). */
    private static final int[] CASE_IGNORABLE_REMOVED = {0x1734, 0x1171E};

    private UnicodeUpdates() {}

    /** Whether a UTF-16 unit may start a code point listed here, so plain Java lower-casing may be wrong. */
    static boolean mayNeedLowerCaseMapping(char c) {
        return c == 0x1C89 || c == 0x2C2F || (c >= 0xA7C0 && c <= 0xA7DC) || c == 0xD801 || c == 0xD803
                || c == 0xD81B;
    }

    /** The lower case of a letter Java 17 does not map, or -1. */
    static int lowerCase(int cp) {
        for (int[] range : LOWER_CASE_MAPPINGS) {
            if (cp >= range[0] && cp <= range[1]) {
                return cp + range[2];
            }
        }
        return -1;
    }

    static boolean isCased(int cp) {
        if (cp == CASED_REMOVED) {
            return false;
        }
        return Character.isLowerCase(cp) || Character.isUpperCase(cp)
                || Character.getType(cp) == Character.TITLECASE_LETTER || in(CASED_ADDED, cp);
    }

    /** Case_Ignorable: Mn, Me, Cf, Lm, Sk, or Word_Break MidLetter, MidNumLet or Single_Quote. */
    static boolean isCaseIgnorable(int cp) {
        if (cp == CASE_IGNORABLE_REMOVED[0] || cp == CASE_IGNORABLE_REMOVED[1]) {
            return false;
        }
        switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT,
                    Character.MODIFIER_LETTER, Character.MODIFIER_SYMBOL:
                return true;
            default:
                return isWordBreakIgnorable(cp) || in(CASE_IGNORABLE_ADDED, cp);
        }
    }

    private static boolean isWordBreakIgnorable(int cp) {
        return switch (cp) {
            case '\'', '.', ':', 0x00B7, 0x0387, 0x055F, 0x05F4, 0x2018, 0x2019, 0x2024, 0x2027, 0xFE13, 0xFE52,
                    0xFE55, 0xFF07, 0xFF0E, 0xFF1A -> true;
            default -> false;
        };
    }

    private static boolean in(int[][] ranges, int cp) {
        for (int[] range : ranges) {
            if (cp >= range[0] && cp <= range[1]) {
                return true;
            }
        }
        return false;
    }
}
