package handbook.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts a section title the way Asciidoctor's inline substitutions do, as far as section ids depend on it:
 * passthroughs, special characters, quotes, attribute references, typographic replacements and the macros that
 * leave text behind ({@code term:}, {@code xref:}, {@code <<>>}, {@code link:}, URLs). The result is HTML-ish text
 * whose tags and entities {@link SectionIds} then drops, exactly as Asciidoctor drops them from the converted title.
 */
final class TitleText {
    private static final String W = "\\p{L}\\p{M}\\p{Nd}\\p{Pc}";
    private static final char PASS_START = '\u0096';
    private static final char PASS_END = '\u0097';
    /** Groups: 1 {@code +++raw+++}, 2 {@code pass:[raw]}, 3 {@code ++text++}, 4 {@code +text+}. */
    private static final Pattern PASS = Passthroughs.ANY;
    private static final List<Pattern> QUOTES = List.of(
            Pattern.compile("(?:\\[[^\\]]+])?(\\*\\*|__|``|##)(.+?)\\1"),
            Pattern.compile("(^|[^" + W + ";:}])(?:\\[[^\\]]+])?([*_`#])(\\S|\\S.*?\\S)\\2(?![" + W + "])"));
    private static final Map<String, String> BUILT_IN = Map.ofEntries(
            Map.entry("nbsp", "&#160;"), Map.entry("zwsp", "&#8203;"), Map.entry("amp", "&"), Map.entry("lt", "&lt;"),
            Map.entry("gt", "&gt;"), Map.entry("sp", " "), Map.entry("empty", ""), Map.entry("blank", ""),
            Map.entry("startsb", "["), Map.entry("endsb", "]"), Map.entry("vbar", "|"), Map.entry("caret", "^"),
            Map.entry("asterisk", "*"), Map.entry("tilde", "~"), Map.entry("apos", "&#39;"), Map.entry("backtick", "`"),
            Map.entry("backslash", "\\"), Map.entry("two-colons", "::"), Map.entry("two-semicolons", ";;"),
            Map.entry("cpp", "C&#43;&#43;"), Map.entry("pp", "&#43;&#43;"), Map.entry("plus", "&#43;"),
            Map.entry("deg", "&#176;"), Map.entry("quot", "&#34;"), Map.entry("ldquo", "&#8220;"),
            Map.entry("rdquo", "&#8221;"), Map.entry("lsquo", "&#8216;"), Map.entry("rsquo", "&#8217;"),
            Map.entry("underscore", "_"), Map.entry("brvbar", "&#166;"));
    private static final Pattern ATTRIBUTE = Pattern.compile("(?<!\\\\)\\{([\\p{L}\\p{Nd}_][\\p{L}\\p{Nd}_-]*)}");
    private static final String[][] REPLACEMENTS = {
            {"\\(C\\)", "&#169;"}, {"\\(R\\)", "&#174;"}, {"\\(TM\\)", "&#8482;"},
            {"(^| )--( |$)", "&#8201;&#8212;&#8201;"}, {"([" + W + "])--(?=[" + W + "])", "$1&#8212;&#8203;"},
            {"\\.\\.\\.", "&#8230;&#8203;"}, {"`'", "&#8217;"}, {"([\\p{IsAlphabetic}\\p{Nd}])'(?=\\p{IsAlphabetic})", "$1&#8217;"},
            {"-&gt;", "&#8594;"}, {"=&gt;", "&#8658;"}, {"&lt;-", "&#8592;"}, {"&lt;=", "&#8656;"},
            {"&amp;((?:[a-zA-Z][a-zA-Z]+\\d{0,2}|#\\d\\d\\d{0,4}|#x[\\da-fA-F][\\da-fA-F][\\da-fA-F]{0,3});)", "&$1"}};
    private static final List<Pattern> MACROS = List.of(
            Pattern.compile("(?<![" + W + ":])term:[^\\s\\[]+\\[([^\\]]*)]"),
            Pattern.compile("(?<![" + W + ":])image:[^\\s\\[]+\\[[^\\]]*]"),
            Pattern.compile("\\[\\[[^\\]]*]]|anchor:[^\\s\\[]+\\[[^\\]]*]"),
            Pattern.compile("xref:([^\\s\\[]+)\\[([^\\]]*)]"),
            Pattern.compile("&lt;&lt;([" + W + "#/.:{].*?)&gt;&gt;"),
            Pattern.compile("(?<![" + W + ":])link:([^\\s\\[]+)\\[([^\\]]*)]"),
            Pattern.compile("(?<![" + W + "/])((?:https?|ftp|irc)://[^\\s\\[<]+)(?:\\[([^\\]]*)])?"));

    private TitleText() {}

    /** The converted title; {@code attributes} are the document's own attribute entries. */
    static String convert(String title, Map<String, String> attributes) {
        List<String> passes = new ArrayList<>();
        String text = replace(PASS, title, m -> {
            String raw = m.group(1) != null ? m.group(1) : m.group(2);
            passes.add(raw != null ? raw : escape(m.group(3) != null ? m.group(3) : m.group(4)));
            return PASS_START + String.valueOf(passes.size() - 1) + PASS_END;
        });
        text = escape(text);
        text = replace(QUOTES.get(0), text, m -> "<q>" + m.group(2) + "</q>");
        text = replace(QUOTES.get(1), text, m -> m.group(1) + "<q>" + m.group(3) + "</q>");
        text = replace(ATTRIBUTE, text, m -> {
            String name = m.group(1).toLowerCase(java.util.Locale.ROOT);
            String value = attributes.containsKey(name) ? attributes.get(name) : BUILT_IN.get(name);
            return value != null ? value : m.group();
        });
        for (String[] r : REPLACEMENTS) {
            text = text.replaceAll(r[0], r[1]);
        }
        text = replace(MACROS.get(0), text, m -> m.group(1));
        text = replace(MACROS.get(1), text, m -> "");
        text = replace(MACROS.get(2), text, m -> "");
        text = replace(MACROS.get(3), text, m -> m.group(2).isEmpty() ? m.group(1) : m.group(2));
        text = replace(MACROS.get(4), text, m -> m.group(1).contains(",")
                ? m.group(1).substring(m.group(1).indexOf(',') + 1).strip() : "[" + m.group(1) + "]");
        text = replace(MACROS.get(5), text, m -> m.group(2).isEmpty() ? m.group(1) : m.group(2));
        text = replace(MACROS.get(6), text, m -> m.group(2) == null || m.group(2).isEmpty() ? m.group(1) : m.group(2));
        return replace(Pattern.compile(PASS_START + "(\\d+)" + PASS_END), text,
                m -> passes.get(Integer.parseInt(m.group(1))));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> replacement) {
        Matcher m = pattern.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement.apply(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
