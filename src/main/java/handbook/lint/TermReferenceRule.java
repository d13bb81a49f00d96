package handbook.lint;

import handbook.build.Problems;
import handbook.glossary.Glossary;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every {@code term:<id>[...]} where Asciidoctor processes macros must name a glossary term (error). A term macro
 * in a heading or a block title is a warning: {@code term:id[]} renders with empty text until the glossary stage
 * fills it in, after the heading's id and the table of contents were made, and a tooltip link inside a heading
 * competes with the heading's own anchor. Reference the term in the text below instead.
 */
public final class TermReferenceRule {
    private static final Pattern TERM = Pattern.compile("(?<![\\w:])term:([^\\s\\[]+)\\[");

    private TermReferenceRule() {}

    public static void check(String file, List<String> lines, Glossary glossary, Problems problems) {
        List<AdocLine> scanned = BlockScanner.scan(lines);
        Set<Integer> headings = new HashSet<>();
        Heading.of(scanned).forEach(h -> headings.add(h.line()));
        for (AdocLine line : scanned) {
            if (!line.isText()) {
                continue;
            }
            Matcher m = TERM.matcher(Passthroughs.blank(line.text()));
            boolean warned = false;
            while (m.find()) {
                String id = m.group(1);
                if (glossary.find(id).isEmpty()) {
                    problems.error(file, line.number(), "unknown glossary term '" + id + "': add content/glossary/" + id
                            + ".adoc or use an existing id");
                }
                if (!warned && (headings.contains(line.number()) || line.isBlockTitle())) {
                    warned = true;
                    problems.warning(file, line.number(), "term:" + id + "[] in a " + (line.isBlockTitle() ? "block title" : "heading")
                            + ": reference the term in the text below instead (headings and titles keep no term links)");
                }
            }
        }
    }
}
