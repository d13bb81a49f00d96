package handbook.lint;

import handbook.build.Problems;

import java.util.List;

/**
 * SVG files are published as they are and open on the site's own origin, so they must be plain drawings: no
 * scripts, event-handler attributes, {@code javascript:} URLs, embedded frames or objects, and no external
 * references (an external {@code href} or {@code url()} tracks readers and can change after review).
 */
public final class SvgSafetyRule {
    private SvgSafetyRule() {}

    public static void check(String file, List<String> lines, Problems problems) {
        for (int i = 0; i < lines.size(); i++) {
            for (String what : UnsafeMarkup.find(lines.get(i), true)) {
                problems.error(file, i + 1, "SVG carries " + what + ": diagrams must be plain drawings");
            }
        }
    }
}
