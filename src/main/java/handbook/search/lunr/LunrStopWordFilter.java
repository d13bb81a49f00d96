package handbook.search.lunr;

import java.util.Set;

/**
 * lunr's {@code lunr.stopWordFilter}: drops the 119 English stop words of lunr 2.3.9, copied from its source.
 *
 * <p>lunr runs it after the trimmer, so {@code "the,"} is dropped too; the stemmer never sees a stop word.
 */
public final class LunrStopWordFilter {
    /** The list in lunr.js. */
    public static final Set<String> STOP_WORDS = Set.of((""
            + "a able about across after all almost also am among an and any are as at be because been but by can "
            + "cannot could dear did do does either else ever every for from get got had has have he her hers him "
            + "his how however i if in into is it its just least let like likely may me might most must my neither "
            + "no nor not of off often on only or other our own rather said say says she should since so some than "
            + "that the their them then there these they this tis to too twas us wants was we were what when where "
            + "which while who whom why will with would yet you your").split(" "));

    private LunrStopWordFilter() {}

    public static boolean isStopWord(String token) {
        return STOP_WORDS.contains(token);
    }
}
