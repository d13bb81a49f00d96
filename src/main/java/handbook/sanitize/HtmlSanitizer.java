package handbook.sanitize;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.safety.Cleaner;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The boundary between contributed content and the reader: every HTML fragment converted from content passes
 * jsoup's {@link Cleaner} with the {@link ContentSafelist}. Whatever the cleaner would drop is reported, each with the
 * nearest source marker before it, so that the build can fail with a file and line instead of silently changing the
 * page.
 *
 * <p>Source markers: the converter tags blocks with a class {@code hb-src-<n>} (or, for raw passthrough blocks, a
 * comment {@code <!--hb-src-<n>-->}); {@code n} indexes the caller's table of source locations. Markers are removed
 * from the output.
 */
public final class HtmlSanitizer {
    public static final String MARKER_PREFIX = "hb-src-";
    private static final Pattern MARKER = Pattern.compile("hb-src-(\\d+)");
    private static final String BASE_URI = "";
    private final ContentSafelist safelist;

    /** @param depth how many folders deep the page is published ({@code core/joins.html}: 1), so that relative
     *              URLs climbing out of the site are refused */
    public HtmlSanitizer(int depth) {
        this.safelist = new ContentSafelist(depth);
    }

    public HtmlSanitizer() {
        this(1);
    }

    /** Something the sanitizer removed, after the source marker {@code marker} (-1 when none came before it). */
    public record Removal(int marker, String what) {}

    /** The cleaned fragment and everything that was removed from it. */
    public record Result(String html, List<Removal> removals) {}

    public static String marker(int index) {
        return MARKER_PREFIX + index;
    }

    public Result sanitize(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE_URI);
        List<Removal> removals = new ArrayList<>();
        dirty.body().traverse(new NodeVisitor() {
            int current = -1;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Comment c) {
                    Matcher m = MARKER.matcher(c.getData().strip());
                    if (m.matches()) {
                        current = Integer.parseInt(m.group(1));
                    } else {
                        removals.add(new Removal(current, "an HTML comment"));
                    }
                } else if (node instanceof Element el && el != dirty.body()) {
                    // The marker is the block's first class; an attribute breaking out of an earlier class (an
                    // image's float) can carry it into another attribute's value, so look in every value.
                    for (Attribute a : el.attributes()) {
                        Matcher m = MARKER.matcher(a.getValue());
                        if (m.find()) {
                            current = Integer.parseInt(m.group(1));
                        }
                    }
                    if (!safelist.isSafeTag(el.normalName())) {
                        removals.add(new Removal(current, "the <" + el.normalName() + "> element"));
                        return;
                    }
                    for (Attribute a : el.attributes()) {
                        if (!safelist.isSafeAttribute(el.normalName(), el, a)) {
                            removals.add(new Removal(current, "the attribute " + describe(a) + " on <" + el.normalName() + ">"));
                        }
                    }
                }
            }
        });
        Document clean = new Cleaner(safelist).clean(dirty);
        for (Element el : clean.body().select("[class*=" + MARKER_PREFIX + "]")) {
            el.classNames().stream().filter(c -> MARKER.matcher(c).matches()).toList().forEach(el::removeClass);
            if (el.className().isBlank()) {
                el.removeAttr("class");
            }
        }
        clean.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base)
                .syntax(Document.OutputSettings.Syntax.html);
        return new Result(clean.body().html(), List.copyOf(removals));
    }

    private static String describe(Attribute a) {
        String value = a.getValue();
        if (value.length() > 60) {
            value = value.substring(0, 57) + "...";
        }
        return a.getKey() + "=\"" + value + "\"";
    }
}
