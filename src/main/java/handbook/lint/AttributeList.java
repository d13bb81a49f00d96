package handbook.lint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The attribute list of a block attribute line or a macro, e.g. {@code [.question%collapsible,level=mid,round=sql]}
 * or the {@code [alt text, width=300]} of an image: positional and named values, with the first positional value's
 * shorthand ({@code style#id.role%option}) taken apart.
 *
 * @param positional unnamed values in order, unquoted
 * @param named {@code name=value} entries, names lower-cased, values unquoted
 */
public record AttributeList(List<String> positional, Map<String, String> named) {
    private static final Pattern NAMED = Pattern.compile("([\\p{L}\\p{Nd}_][\\p{L}\\p{Nd}_-]*)[ \\t]*=[ \\t]*(.*)", Pattern.DOTALL);
    private static final Pattern SHORTHAND = Pattern.compile("([#.%])([^#.%]*)");

    public AttributeList {
        positional = List.copyOf(positional);
        named = Map.copyOf(named);
    }

    /** Parses {@code [a,b=c]} (with the brackets) or the text between them. */
    public static AttributeList parse(String text) {
        String body = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        List<String> positional = new ArrayList<>();
        Map<String, String> named = new LinkedHashMap<>();
        for (String entry : split(body)) {
            Matcher m = NAMED.matcher(entry);
            if (m.matches() && !entry.startsWith("\"") && !entry.startsWith("'")) {
                named.put(m.group(1).toLowerCase(Locale.ROOT), unquote(m.group(2).strip()));
            } else {
                positional.add(unquote(entry.strip()));
            }
        }
        return new AttributeList(positional, named);
    }

    /** The block style: the first positional value up to its first {@code # . %}, e.g. {@code source}. */
    public String style() {
        if (positional.isEmpty()) {
            return "";
        }
        String first = positional.get(0);
        int cut = first.length();
        for (char c : new char[] {'#', '.', '%'}) {
            int at = first.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return first.substring(0, cut).strip().toLowerCase(Locale.ROOT);
    }

    /** Roles from the shorthand ({@code .question}) and from {@code role=}. */
    public List<String> roles() {
        List<String> roles = new ArrayList<>(shorthand('.'));
        Optional.ofNullable(named.get("role")).ifPresent(r -> roles.addAll(List.of(r.strip().split("\\s+"))));
        return roles;
    }

    /** The id from the shorthand ({@code #id}) or from {@code id=}. */
    public Optional<String> id() {
        List<String> ids = shorthand('#');
        if (!ids.isEmpty()) {
            return Optional.of(ids.get(0));
        }
        return Optional.ofNullable(named.get("id"));
    }

    /** A named value, or the positional value at {@code index} (0-based) when the name is absent. */
    public Optional<String> value(String name, int index) {
        if (named.containsKey(name)) {
            return Optional.of(named.get(name));
        }
        return index < positional.size() ? Optional.of(positional.get(index)) : Optional.empty();
    }

    private List<String> shorthand(char kind) {
        List<String> values = new ArrayList<>();
        if (positional.isEmpty() || positional.get(0).contains(" ")) {
            return values;
        }
        Matcher m = SHORTHAND.matcher(positional.get(0));
        while (m.find()) {
            if (m.group(1).charAt(0) == kind && !m.group(2).isEmpty()) {
                values.add(m.group(2));
            }
        }
        return values;
    }

    /** Splits on commas outside double or single quotes. */
    private static List<String> split(String body) {
        List<String> parts = new ArrayList<>();
        if (body.isBlank()) {
            return parts;
        }
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (char c : body.toCharArray()) {
            String sofar = current.toString().strip();
            if (quote == 0 && (c == '"' || c == '\'') && (sofar.isEmpty() || sofar.endsWith("="))) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            } else if (c == ',' && quote == 0) {
                parts.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        parts.add(current.toString());
        return parts;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(value.length() - 1) == value.charAt(0)) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
