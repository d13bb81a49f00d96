package handbook.examples;

import handbook.examples.CheckedExample.Kind;

import java.util.Locale;
import java.util.Optional;

/**
 * The meaning of a block's {@code check} attribute, or why it has none: the style must be {@code source}, the
 * language {@code sql} (with {@code setup}, {@code result} or {@code error}) or {@code python} (with {@code run}).
 *
 * @param kind    the valid kind, or {@code null}
 * @param problem the message for an author when the attribute is not valid, or {@code null}
 */
record CheckAttribute(Kind kind, String problem) {

    static CheckAttribute of(BlockAttributes attributes) {
        String check = attributes.named().get("check");
        if (!attributes.style().equals("source")) {
            return problem("check=" + check + " is only allowed on a source listing: [source,sql,check=...] or "
                    + "[source,python,check=run]");
        }
        Optional<String> language = attributes.language();
        if (language.isEmpty()) {
            return problem("check=" + check + " needs the listing's language: [source,sql,check=...] or "
                    + "[source,python,check=run]");
        }
        String value = check.toLowerCase(Locale.ROOT);
        boolean sqlValue = value.equals("setup") || value.equals("result") || value.equals("error");
        return switch (language.get()) {
            case "sql" -> sqlValue ? valid(Kind.valueOf(value.toUpperCase(Locale.ROOT)))
                    : problem((value.equals("run") ? "check=run is for python listings"
                    : "unknown check value '" + check + "'")
                    + "; a sql listing takes check=setup, check=result or check=error");
            case "python" -> value.equals("run") ? valid(Kind.RUN)
                    : problem((sqlValue ? "check=" + check + " is for sql listings"
                    : "unknown check value '" + check + "'") + "; a python listing takes check=run");
            default -> problem("check= is only supported on sql and python listings, not '" + language.get() + "'");
        };
    }

    Optional<Kind> validKind() {
        return Optional.ofNullable(kind);
    }

    private static CheckAttribute valid(Kind kind) {
        return new CheckAttribute(kind, null);
    }

    private static CheckAttribute problem(String message) {
        return new CheckAttribute(null, message);
    }
}
