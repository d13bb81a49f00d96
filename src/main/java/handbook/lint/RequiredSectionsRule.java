package handbook.lint;

import handbook.build.Problems;
import handbook.content.AdocHeaderReader;

import java.util.List;
import java.util.Locale;

/**
 * A chapter has the six required level-2 sections, matched by how their title starts (case-insensitive), in this
 * order; other sections may stand between them. Readers rely on the shape: the home page promises it and
 * the evening-before reader jumps straight to "Senior signals".
 */
public final class RequiredSectionsRule {
    public static final List<String> REQUIRED = List.of("Why it matters", "Worked example", "Senior signals",
            "Interview questions", "Common pitfalls", "Further reading");

    private RequiredSectionsRule() {}

    public static void check(String file, List<String> lines, Problems problems) {
        boolean[] found = new boolean[REQUIRED.size()];
        int latest = -1;
        Heading latestHeading = null;
        for (Heading h : Heading.of(BlockScanner.scan(lines))) {
            int index = requiredIndex(h);
            if (index < 0) {
                continue;
            }
            found[index] = true;
            if (index < latest) {
                problems.error(file, h.line(), "section '== " + h.title() + "' is out of order: it must come before '== "
                        + latestHeading.title() + "' (line " + latestHeading.line() + "); the required sections are, in order: "
                        + String.join(", ", REQUIRED));
            } else {
                latest = index;
                latestHeading = h;
            }
        }
        int anchor = AdocHeaderReader.read(lines).anchorLine();
        for (int i = 0; i < found.length; i++) {
            if (!found[i]) {
                problems.error(file, anchor, "missing required section '== " + REQUIRED.get(i)
                        + "' (a level-2 heading starting with '" + REQUIRED.get(i) + "')");
            }
        }
    }

    /** Which required section a heading is, or -1. */
    static int requiredIndex(Heading h) {
        if (h.level() != 2 || h.discrete()) {
            return -1;
        }
        String title = h.title().toLowerCase(Locale.ROOT);
        for (int i = 0; i < REQUIRED.size(); i++) {
            if (title.startsWith(REQUIRED.get(i).toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }
}
