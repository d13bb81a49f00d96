package handbook.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an AsciiDoc header the way Asciidoctor does for the parts we rely on: leading comment and blank lines,
 * then {@code = Title}, then attribute entries up to the first blank line. Keeping line numbers is the point:
 * Asciidoctor's own header API does not report them.
 */
public final class AdocHeaderReader {
    private static final Pattern ATTRIBUTE = Pattern.compile("^:(!?[A-Za-z0-9_][A-Za-z0-9_-]*!?):(?:[ \\t]+(.*))?$");
    private static final Pattern TITLE = Pattern.compile("^=[ \\t]+(\\S.*)$");

    private AdocHeaderReader() {}

    public static AdocHeader read(List<String> lines) {
        int i = 0;
        boolean inBlockComment = false;
        // Skip leading blank lines and comments, as Asciidoctor does before the header.
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.startsWith("////")) {
                inBlockComment = !inBlockComment;
            } else if (!inBlockComment && !line.isBlank() && !line.startsWith("//")) {
                break;
            }
            i++;
        }
        String title = null;
        int titleLine = 0;
        Map<String, AdocHeader.Entry> attributes = new LinkedHashMap<>();
        if (i < lines.size()) {
            Matcher t = TITLE.matcher(lines.get(i));
            if (t.matches()) {
                title = t.group(1).strip();
                titleLine = i + 1;
                i++;
            }
        }
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                break;
            }
            if (line.startsWith("//")) {
                continue;
            }
            Matcher a = ATTRIBUTE.matcher(line);
            if (!a.matches()) {
                if (title == null) {
                    break;
                }
                continue; // author and revision lines
            }
            attributes.put(a.group(1), new AdocHeader.Entry(a.group(2) == null ? "" : a.group(2).strip(), i + 1));
        }
        return new AdocHeader(title, titleLine, attributes);
    }
}
