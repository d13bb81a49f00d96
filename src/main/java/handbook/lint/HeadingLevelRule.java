package handbook.lint;

import handbook.build.Problems;
import handbook.content.AdocHeaderReader;

import java.util.List;

/**
 * Headings never skip a level ({@code ==} then {@code ====}) and a page has one level-1 heading, its title.
 * Only real headings count: {@code ==== Title} inside an example block is text, {@code ====} alone a delimiter,
 * and a {@code [discrete]} heading is not a section.
 */
public final class HeadingLevelRule {
    private HeadingLevelRule() {}

    public static void check(String file, List<String> lines, Problems problems) {
        int titleLine = AdocHeaderReader.read(lines).titleLine();
        int previous = 1;
        String previousMarker = "=";
        for (Heading h : Heading.of(BlockScanner.scan(lines))) {
            if (h.discrete() || h.line() == titleLine) {
                continue;
            }
            if (h.level() == 1) {
                problems.error(file, h.line(), "a level-1 heading ('= ') is only for the page title: use '== "
                        + h.title() + "' for a section");
                continue;
            }
            if (h.level() > previous + 1) {
                problems.error(file, h.line(), "heading level skips from " + previousMarker + " to " + h.marker()
                        + ": use " + "=".repeat(previous + 1) + " here");
            }
            previous = h.level();
            previousMarker = h.marker();
        }
    }
}
