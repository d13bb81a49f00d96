package handbook.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Markup that must not reach a reader's browser from contributed content: scripts, event-handler attributes,
 * {@code javascript:} URLs and embedded frames or objects. Shared by the raw HTML and SVG rules.
 */
final class UnsafeMarkup {
    private record Danger(Pattern pattern, String what) {}

    private static final List<Danger> DANGERS = List.of(
            new Danger(Pattern.compile("<script", Pattern.CASE_INSENSITIVE), "a <script> element"),
            new Danger(Pattern.compile("(?:^|[\\s\"'/])on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE), "an event-handler attribute (on...=)"),
            new Danger(Pattern.compile("javascript\\s*:", Pattern.CASE_INSENSITIVE), "a javascript: URL"),
            new Danger(Pattern.compile("<iframe", Pattern.CASE_INSENSITIVE), "an <iframe>"),
            new Danger(Pattern.compile("<object", Pattern.CASE_INSENSITIVE), "an <object>"),
            new Danger(Pattern.compile("<embed", Pattern.CASE_INSENSITIVE), "an <embed>"));
    private static final Danger EXTERNAL = new Danger(Pattern.compile(
            "(?<![\\w:-])(?:xlink:)?href\\s*=\\s*[\"']\\s*(?:https?:)?//|url\\(\\s*[\"']?\\s*(?:https?:)?//",
            Pattern.CASE_INSENSITIVE), "an external reference (href or url() to http/https)");

    private UnsafeMarkup() {}

    /** What is unsafe in {@code text}, described for a message; empty when nothing is. */
    static List<String> find(String text, boolean externalReferences) {
        List<String> found = new ArrayList<>();
        for (Danger d : DANGERS) {
            if (d.pattern().matcher(text).find()) {
                found.add(d.what());
            }
        }
        if (externalReferences && EXTERNAL.pattern().matcher(text).find()) {
            found.add(EXTERNAL.what());
        }
        return found;
    }
}
