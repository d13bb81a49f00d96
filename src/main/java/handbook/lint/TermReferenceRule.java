package handbook.lint;

import handbook.build.Problems;
import handbook.glossary.Glossary;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every {@code term:<id>[...]} in a source file must name a glossary term; reported with file and line. */
public final class TermReferenceRule {
    private static final Pattern TERM = Pattern.compile("(?<![\\w:])term:([^\\s\\[]+)\\[");

    private TermReferenceRule() {}

    public static void check(String file, List<String> lines, Glossary glossary, Problems problems) {
        boolean inListing = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.equals("----")) {
                inListing = !inListing; // macros are not processed inside source listings
                continue;
            }
            if (inListing || line.startsWith("//")) {
                continue;
            }
            Matcher m = TERM.matcher(line);
            while (m.find()) {
                String id = m.group(1);
                if (glossary.find(id).isEmpty()) {
                    problems.error(file, i + 1, "unknown glossary term '" + id + "': add content/glossary/" + id
                            + ".adoc or use an existing id");
                }
            }
        }
    }
}
