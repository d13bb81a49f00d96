package handbook.practice;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Stable question ids, so that a reader's progress survives new questions, reordering and site upgrades.
 *
 * <p>The rule: {@code <chapter slug>-<the first 8 hex digits of SHA-256 of the normalised question text>}, e.g.
 * {@code advanced-sql-3f9c2a1b}. Normalising applies Unicode NFKC, lower-cases, turns every run of characters
 * that are not letters or digits into one space and trims; a challenge's "Problem 7 (Medium):" prefix is dropped
 * first, so renumbering problems keeps their ids. The id depends only on the question's own chapter and wording,
 * never on its position. An explicit {@code id=} on the question block ({@code [.question%collapsible,id=…]})
 * overrides the hash: {@code <chapter slug>-<explicit id>}. Authors pin the old id that way when they reword a
 * question; two questions of one chapter with the same normalised text are a build error that names both.
 */
public final class QuestionIds {
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern CHALLENGE_PREFIX = Pattern.compile(
            "^(?:Problem|Python)\\s+\\d+\\s*\\((Easy|Medium|Hard)\\)\\s*:\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXPLICIT = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private QuestionIds() {}

    /** {@code normalise("Why can’t you use  WHERE?") → "why can t you use where"} */
    public static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(s).replaceAll(" ").trim();
    }

    public static String hashed(String chapterSlug, String text) {
        return chapterSlug + "-" + sha256(normalise(text)).substring(0, 8);
    }

    public static String explicit(String chapterSlug, String id) {
        return chapterSlug + "-" + id;
    }

    public static boolean isValidExplicit(String id) {
        return EXPLICIT.matcher(id).matches();
    }

    /** A challenge heading without its numbering: {@code "Problem 7 (Medium): keep the latest" → "keep the latest"}. */
    public static String challengeTitle(String heading) {
        return CHALLENGE_PREFIX.matcher(heading).replaceFirst("");
    }

    /** The difficulty in a challenge heading ({@code easy}), or empty when the heading is not a challenge. */
    public static String challengeDifficulty(String heading) {
        var m = CHALLENGE_PREFIX.matcher(heading);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
