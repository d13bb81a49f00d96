package handbook.search.lunr;

/**
 * {@code JSON.stringify}'s quoting of strings (QuoteJSONString): {@code "} and {@code \} escaped, control
 * characters below U+0020 as {@code \b \t \n \f \r} or in lower-case hexadecimal (<code>&#92;u001f</code>), lone
 * surrogates in lower-case hexadecimal (since ES2019, Node 12), and everything else, U+2028 and DEL included,
 * written as is. Jackson, for one, writes upper-case hexadecimal.
 */
final class JsString {
    private static final String HEX = "0123456789abcdef";

    private JsString() {}

    /** Appends {@code s} quoted as {@code JSON.stringify(s)} returns it. */
    static void quote(StringBuilder out, String s) {
        out.append('"');
        if (!needsEscaping(s)) {
            out.append(s).append('"');
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        unicodeEscape(out, c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        unicodeEscape(out, c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean needsEscaping(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static void unicodeEscape(StringBuilder out, char c) {
        out.append("\\u").append(HEX.charAt(c >> 12)).append(HEX.charAt((c >> 8) & 15))
                .append(HEX.charAt((c >> 4) & 15)).append(HEX.charAt(c & 15));
    }
}
