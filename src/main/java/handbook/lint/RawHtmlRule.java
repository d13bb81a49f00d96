package handbook.lint;

import handbook.build.Problems;

import java.util.ArrayList;
import java.util.List;

/**
 * Raw HTML passthrough ({@code ++++} blocks, {@code [pass]} paragraphs, {@code pass:[...]}, {@code +++...+++})
 * reaches the page unescaped, so it may not carry scripts, event handlers, {@code javascript:} URLs, frames,
 * objects or embeds: chapters come from strangers and the site's readers trust its domain.
 */
public final class RawHtmlRule {
    private RawHtmlRule() {}

    public static void check(String file, List<String> lines, Problems problems) {
        for (AdocLine line : BlockScanner.scan(lines)) {
            List<String> raw = new ArrayList<>();
            if (line.kind() == AdocLine.Kind.PASSTHROUGH) {
                raw.add(line.text());
            } else if (line.isText()) {
                raw.addAll(Passthroughs.raw(line.text()));
            }
            for (String html : raw) {
                for (String what : UnsafeMarkup.find(html, false)) {
                    problems.error(file, line.number(), "raw HTML passthrough carries " + what
                            + ": contributed pages may not run scripts or embed content");
                }
            }
        }
    }
}
