package handbook.sanitize;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Exactly the markup that Asciidoctor's html5 converter and our extensions produce for the handbook's content, as a
 * jsoup {@link Safelist}: no event handlers, no {@code script/style/base/meta/link/form/object/embed/iframe/svg},
 * and attribute values checked where a value could carry something other than text: link URLs limited to http(s),
 * mailto, relative paths and fragments; image and media sources to relative paths (the site's own files, as the CSP
 * requires) and, for images, {@code data:image/(png|jpeg|gif|webp)};
 * numbers where numbers are expected; inline styles only as a column or table width.
 */
public final class ContentSafelist extends Safelist {
    private static final Pattern NUMBER = Pattern.compile("\\d{1,5}(\\.\\d{1,4})?%?");
    private static final Pattern WIDTH_STYLE = Pattern.compile("width: ?\\d{1,3}(\\.\\d{1,4})?%;?");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Pattern DATA_IMAGE = Pattern.compile("^data:image/(png|jpeg|gif|webp)[;,].*", Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "poster");
    private static final Map<String, Pattern> VALUES = Map.of(
            "target", Pattern.compile("_blank"),
            "rel", Pattern.compile("(noopener|nofollow|noreferrer)( (noopener|nofollow|noreferrer))*"),
            "type", Pattern.compile("[1aAiI]"),
            "loading", Pattern.compile("lazy"),
            "data-lang", TOKEN,
            "preload", Pattern.compile("none|metadata|auto"));

    private final int depth;

    public ContentSafelist() {
        this(1);
    }

    /** @param depth how many folders deep the page is published; a relative URL may not climb higher */
    public ContentSafelist(int depth) {
        this.depth = depth;
        addTags("a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del", "details",
                "div", "dl", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li",
                "mark", "ol", "p", "pre", "s", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody",
                "td", "tfoot", "th", "thead", "tr", "u", "ul", "video", "audio", "var", "q");
        addAttributes(":all", "class", "id", "title");
        addAttributes("a", "href", "target", "rel");
        addAttributes("img", "src", "alt", "width", "height", "loading");
        addAttributes("video", "src", "width", "height", "poster", "controls", "preload");
        addAttributes("audio", "src", "controls", "preload");
        addAttributes("col", "style");
        addAttributes("table", "style");
        addAttributes("td", "colspan", "rowspan");
        addAttributes("th", "colspan", "rowspan");
        addAttributes("ol", "start", "type", "reversed");
        addAttributes("code", "data-lang");
        addAttributes("pre", "data-lang");
        addAttributes("details", "open");
    }

    @Override
    public boolean isSafeAttribute(String tagName, Element el, Attribute attr) {
        if (!super.isSafeAttribute(tagName, el, attr)) {
            return false;
        }
        String name = attr.getKey().toLowerCase(Locale.ROOT);
        String value = attr.getValue();
        if (URL_ATTRIBUTES.contains(name)) {
            return isSafeUrl(tagName, value) && staysInSite(value);
        }
        return switch (name) {
            case "width", "height", "start", "colspan", "rowspan" -> NUMBER.matcher(value).matches();
            case "style" -> WIDTH_STYLE.matcher(value.strip()).matches();
            case "controls", "reversed", "open" -> value.isEmpty() || value.equalsIgnoreCase(name);
            case "id" -> TOKEN_OR_ID.matcher(value).matches();
            default -> !VALUES.containsKey(name) || VALUES.get(name).matcher(value).matches();
        };
    }

    /**
     * A relative URL resolves inside the published site: not an absolute path (it would leave the base path) and no
     * more {@code ..} than the page is deep.
     */
    private boolean staysInSite(String raw) {
        String url = raw.strip();
        if (SCHEME.matcher(url).find() || url.startsWith("//") || url.startsWith("#")) {
            return true;
        }
        if (url.startsWith("/")) {
            return false;
        }
        int level = depth;
        String path = url.split("[?#]", 2)[0];
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.equals("..")) {
                level--;
            } else if (!segment.equals(".") && !segment.isEmpty() && i < segments.length - 1) {
                level++;
            }
            if (level < 0) {
                return false;
            }
        }
        return true;
    }

    /** Ids as Asciidoctor makes them (and authors write them): no quotes, spaces or markup. */
    private static final Pattern TOKEN_OR_ID = Pattern.compile("[\\p{L}\\p{N}_:.-]{1,200}");

    /**
     * A URL as a browser reads it: ASCII tab and newline are removed anywhere and C0 controls and spaces at the ends,
     * so {@code java&#9;script:} cannot hide a scheme.
     */
    static boolean isSafeUrl(String tagName, String raw) {
        String url = raw.replaceAll("[\\t\\n\\r]", "").replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "");
        if (url.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return false;
        }
        if (url.startsWith("\\") || url.startsWith("/\\")) {
            return false; // browsers read backslashes as slashes: \\evil.example is off-site
        }
        var m = SCHEME.matcher(url);
        boolean embedded = !tagName.equals("a"); // images and media load from the site itself (the CSP agrees)
        if (!m.find()) {
            return !(embedded && (url.startsWith("//") || url.startsWith("/\\")));
        }
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        return switch (scheme) {
            case "http", "https" -> !embedded;
            case "mailto" -> tagName.equals("a");
            case "data" -> tagName.equals("img") && DATA_IMAGE.matcher(url.toLowerCase(Locale.ROOT)).matches();
            default -> false;
        };
    }
}
