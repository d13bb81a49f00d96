package handbook.lint;

import handbook.build.Problems;
import handbook.content.AdocHeaderReader;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A chapter should hold at least {@link #MINIMUM_WORDS} words of prose. It is a warning, not an error: the count
 * is a proxy for depth, and a reviewer, not a number, decides whether a shorter chapter is complete.
 *
 * <p>Prose is what a reader reads as text: paragraphs, list items, block titles and model answers. Listings,
 * literal blocks (results, text diagrams), passthroughs, comments, tables, headings, attribute entries, block
 * attribute lines and block macros ({@code image::}) are not counted; inline macros count as their text.
 */
public final class ProseSizeRule {
    public static final int MINIMUM_WORDS = 1500;
    private static final Pattern BLOCK_MACRO = Pattern.compile("[a-z]+::\\S*\\[.*]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}]");
    private static final Pattern TEXT_MACRO = Pattern.compile(
            "(?:term|xref|link|anchor|footnote|kbd|btn|pass):[^\\s\\[]*\\[([^\\]]*)]|(?:https?|ftp)://[^\\s\\[]+\\[([^\\]]*)]");
    private static final Pattern IMAGE = Pattern.compile("image:[^\\s\\[]+\\[[^\\]]*]");
    private static final Pattern XREF = Pattern.compile("<<[^,>]*,?([^>]*)>>");

    private ProseSizeRule() {}

    public static void check(String file, List<String> lines, Problems problems) {
        int words = count(lines);
        if (words < MINIMUM_WORDS) {
            problems.warning(file, AdocHeaderReader.read(lines).anchorLine(), "the chapter has " + words
                    + " words of prose; aim for at least " + String.format(java.util.Locale.ROOT, "%,d", MINIMUM_WORDS)
                    + " (2,000-3,000 is typical)");
        }
    }

    /** Words of prose in a chapter's source. */
    public static int count(List<String> lines) {
        List<AdocLine> scanned = BlockScanner.scan(lines);
        Set<Integer> skip = new HashSet<>();
        Heading.of(scanned).forEach(h -> skip.add(h.line()));
        AdocHeaderReader.read(lines).attributes().values().forEach(e -> skip.add(e.line()));
        int words = 0;
        for (AdocLine line : scanned) {
            String text = line.text();
            if (!line.isText() || line.inTable() || skip.contains(line.number()) || line.isBlockAttributes()
                    || BlockScanner.isAttributeEntry(text) || BLOCK_MACRO.matcher(text).matches()) {
                continue;
            }
            text = IMAGE.matcher(text).replaceAll(" ");
            text = TEXT_MACRO.matcher(text).replaceAll(" $1$2 ");
            text = XREF.matcher(text).replaceAll(" $1 ");
            for (String token : text.strip().split("\\s+")) {
                if (WORD.matcher(token).find()) {
                    words++;
                }
            }
        }
        return words;
    }
}
