package handbook.lint;

import handbook.build.Problems;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Images ({@code image::path[alt]} and inline {@code image:path[alt]}) point at a file that exists, relative to the
 * page the source is rendered into, and carry alt text that says what the picture shows (the first positional
 * attribute or {@code alt=}). Remote images and targets built from attributes are left alone.
 */
public final class ImageRule {
    private static final Pattern BLOCK = Pattern.compile("image::(\\S|\\S.*?\\S)\\[(.*)]");
    private static final Pattern INLINE = Pattern.compile("(?<![\\\\:])image:([^:\\s\\[](?:[^\\[]*[^\\s\\[])?)\\[(|.*?[^\\\\])]");
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");

    private ImageRule() {}

    /** Checks {@code file}, rendered into {@code page} (see {@link LinkTargets#pageOf}). */
    public static void check(String file, List<String> lines, String page, LinkTargets targets, Problems problems) {
        for (AdocLine line : BlockScanner.scan(lines)) {
            if (!line.isText()) {
                continue;
            }
            String text = Passthroughs.blank(line.text());
            Matcher block = BLOCK.matcher(text);
            if (block.matches()) {
                checkImage(file, line.number(), page, "image::", block.group(1), block.group(2), targets, problems);
                continue;
            }
            Matcher inline = INLINE.matcher(text);
            while (inline.find()) {
                checkImage(file, line.number(), page, "image:", inline.group(1), inline.group(2), targets, problems);
            }
        }
    }

    private static void checkImage(String file, int line, String page, String macro, String target, String attributes,
                                   LinkTargets targets, Problems problems) {
        if (AttributeList.parse(attributes).value("alt", 0).map(String::isBlank).orElse(true)) {
            problems.error(file, line, macro + target + "[] has no alt text: write what the picture shows, e.g. "
                    + macro + target + "[Fact table in the centre joined to four dimensions]");
        }
        if (target.contains("{") || target.startsWith("//") || SCHEME.matcher(target).matches()) {
            return;
        }
        Optional<String> resolved = LinkTargets.resolve(page, target);
        if (resolved.isEmpty()) {
            problems.error(file, line, "image " + target + " is outside content/: put it in the images/ folder next to the chapter");
        } else if (!targets.isFile(resolved.get())) {
            problems.error(file, line, "image not found: " + resolved.get());
        }
    }
}
