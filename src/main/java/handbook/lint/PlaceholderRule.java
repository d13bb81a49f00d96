package handbook.lint;

import handbook.build.Problems;

import java.util.List;

/**
 * The scaffolding commands write {@value #MARKER} placeholders where the author's text goes (the summary, each
 * section's first paragraph, the questions); any placeholder left is an error at its line, so a scaffolded file
 * previews at once but cannot be merged unfinished. Comments are ignored: guidance comments may stay.
 */
public final class PlaceholderRule {
    public static final String MARKER = "FILL-IN";

    private PlaceholderRule() {}

    public static void check(String file, List<String> lines, Problems problems) {
        for (AdocLine line : BlockScanner.scan(lines)) {
            if (line.kind() == AdocLine.Kind.COMMENT || line.kind() == AdocLine.Kind.LINE_COMMENT) {
                continue;
            }
            int at = line.text().indexOf(MARKER);
            if (at >= 0) {
                problems.error(file, line.number(), "unfilled placeholder: replace '" + line.text().substring(at).strip()
                        + "' with your text");
            }
        }
    }
}
