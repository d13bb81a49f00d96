package handbook.examples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An AsciiDoc block attribute line such as {@code [source, sql, linenums, check=result]} or {@code [.sql-result]},
 * split the way Asciidoctor reads it: positional attributes in order (the first is the style, which may carry
 * {@code .role}, {@code #id} and {@code %option} shorthands), named attributes in any position, quotes removed.
 *
 * @param style      the block style without shorthands ({@code source}), or empty when the line has none
 * @param positional the positional attributes after the style ({@code sql}, {@code linenums})
 * @param named      named attributes, keys as written
 * @param roles      roles from {@code .role} shorthands and the {@code role} attribute
 */
public record BlockAttributes(String style, List<String> positional, Map<String, String> named, Set<String> roles) {

    private static final Pattern LINE = Pattern.compile("^\\[(?!\\[)(.*)]$");
    private static final Pattern NAMED = Pattern.compile("^([A-Za-z_][A-Za-z0-9_-]*)\\s*=\\s*(.*)$");
    private static final Pattern SHORTHAND = Pattern.compile("([.#%])([^.#%]+)");

    /** The attributes of {@code line}, or empty when the line is not a block attribute line. */
    public static Optional<BlockAttributes> parse(String line) {
        Matcher m = LINE.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> positional = new ArrayList<>();
        Map<String, String> named = new LinkedHashMap<>();
        for (String token : splitOnCommas(m.group(1))) {
            Matcher n = NAMED.matcher(token);
            if (n.matches()) {
                named.put(n.group(1), unquote(n.group(2).strip()));
            } else {
                positional.add(unquote(token));
            }
        }
        String first = positional.isEmpty() ? "" : positional.remove(0);
        int shorthandStart = indexOfShorthand(first);
        String style = first.substring(0, shorthandStart).strip();
        Set<String> roles = new LinkedHashSet<>();
        Matcher s = SHORTHAND.matcher(first.substring(shorthandStart));
        while (s.find()) {
            if (s.group(1).equals(".")) {
                roles.add(s.group(2));
            }
        }
        if (named.containsKey("role")) {
            roles.addAll(List.of(named.get("role").trim().split("\\s+")));
        }
        return Optional.of(new BlockAttributes(style, List.copyOf(positional), Map.copyOf(named), Set.copyOf(roles)));
    }

    /** The source language: the first positional attribute after {@code source}, or {@code language=}; lower case. */
    Optional<String> language() {
        String language = positional.isEmpty() ? named.get("language") : positional.get(0);
        return Optional.ofNullable(language).filter(l -> !l.isBlank()).map(l -> l.toLowerCase(Locale.ROOT));
    }

    boolean hasRole(String role) {
        return roles.contains(role);
    }

    private static int indexOfShorthand(String first) {
        for (int i = 0; i < first.length(); i++) {
            char c = first.charAt(i);
            if (c == '.' || c == '#' || c == '%') {
                return i;
            }
        }
        return first.length();
    }

    private static List<String> splitOnCommas(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                tokens.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        tokens.add(current.toString().strip());
        tokens.removeIf(String::isEmpty);
        return tokens;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
