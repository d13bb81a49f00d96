package handbook.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline passthroughs: {@code +++raw+++}, {@code pass:[raw]}, {@code ++text++} and {@code +text+}. Their content
 * is output as is, so macros inside them are not processed (rules blank them out), and the raw forms can carry
 * HTML (the raw HTML rule reads them).
 */
final class Passthroughs {
    private static final String W = "\\p{L}\\p{M}\\p{Nd}\\p{Pc}";
    private static final Pattern RAW = Pattern.compile("\\+\\+\\+(.+?)\\+\\+\\+|pass:[a-z,]*\\[(.*?)(?<!\\\\)]");
    static final Pattern ANY = Pattern.compile(RAW.pattern() + "|\\+\\+(.+?)\\+\\+"
            + "|(?<![" + W + ";:\\\\+])\\+(?!\\+)(\\S|\\S.*?\\S)(?<!\\+)\\+(?![" + W + "+])");

    private Passthroughs() {}

    /** The line with every inline passthrough replaced by spaces of the same length. */
    static String blank(String line) {
        Matcher m = ANY.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, " ".repeat(m.group().length()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The content of the raw passthroughs ({@code +++…+++}, {@code pass:[…]}) of a line. */
    static List<String> raw(String line) {
        List<String> raw = new ArrayList<>();
        Matcher m = RAW.matcher(line);
        while (m.find()) {
            raw.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return raw;
    }
}
