package handbook.practice;

import org.jsoup.nodes.Element;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Copies of page fragments that work anywhere on the site: relative links and images resolved against the page
 * they came from, made relative to the site root; ids and tooltip references dropped (they belong to the page).
 */
final class SiteLinks {
    private static final URI BASE = URI.create("https://site.invalid/");

    private SiteLinks() {}

    /** The fragment's inner HTML, detached from its page. */
    static String portableHtml(Element fragment, String pageUri) {
        org.jsoup.nodes.Document shell = org.jsoup.nodes.Document.createShell("");
        shell.outputSettings().prettyPrint(false);
        Element copy = shell.body().appendElement("div");
        fragment.childNodes().forEach(n -> copy.appendChild(n.clone()));
        for (Element e : copy.getAllElements()) {
            e.removeAttr("id");
            e.removeAttr("aria-describedby");
            for (String attr : new String[] {"href", "src"}) {
                if (e.hasAttr(attr)) {
                    e.attr(attr, rootRelative(e.attr(attr), pageUri));
                }
            }
        }
        return copy.html();
    }

    /** {@code rootRelative("../glossary.html#term-grain", "core/a.html") → "glossary.html#term-grain"} */
    static String rootRelative(String link, String pageUri) {
        try {
            URI target = new URI(link);
            if (target.isAbsolute() || link.startsWith("//")) {
                return link;
            }
            URI resolved = BASE.resolve(new URI(null, null, pageUri, null)).resolve(target);
            String s = resolved.toString();
            return s.startsWith(BASE.toString()) ? s.substring(BASE.toString().length()) : link;
        } catch (URISyntaxException e) {
            return link;
        }
    }
}
