package handbook.publish;

import handbook.asciidoc.ContentRootIncludeProcessor;
import handbook.build.Problems;
import handbook.content.SiteContent;
import handbook.pages.RenderedPage;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The last look before publishing: every planned page was rendered, no include was refused, and every internal
 * link, asset reference and {@code #anchor} resolves inside the site.
 */
public final class SiteChecker {
    private SiteChecker() {}

    public static void check(Path siteDir, SiteContent site, List<RenderedPage> pages, Problems problems) {
        Map<String, Set<String>> ids = new HashMap<>();
        for (RenderedPage p : pages) {
            Set<String> pageIds = new HashSet<>();
            p.html().select("[id]").forEach(e -> pageIds.add(e.id()));
            p.html().select("a[name]").forEach(e -> pageIds.add(e.attr("name")));
            ids.put(p.uri(), pageIds);
        }
        site.readingOrder().forEach(e -> {
            if (!ids.containsKey(e.uri())) {
                problems.error(sourceOf(site, e.uri()), 0, "the page " + e.uri() + " was not rendered (check its header)");
            }
        });
        site.pages().forEach(p -> {
            if (!ids.containsKey(p.uri())) {
                problems.error(p.source(), 0, "the page " + p.uri() + " was not rendered (check its header)");
            }
        });
        for (RenderedPage page : pages) {
            String file = page.source().isEmpty() ? page.uri() : page.source();
            for (Element refused : page.html().select("." + ContentRootIncludeProcessor.REFUSED_ROLE)) {
                problems.error(file, 0, refused.text());
            }
            if (page.uri().equals("404.html")) {
                continue; // its links are absolute, under the base path, by design
            }
            for (Element el : page.html().select("a[href], link[href], script[src], img[src], source[src]")) {
                String ref = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                checkReference(siteDir, page, ref, ids, problems, file);
            }
        }
    }

    private static void checkReference(Path siteDir, RenderedPage page, String ref, Map<String, Set<String>> ids,
                                       Problems problems, String file) {
        if (ref.isEmpty() || ref.startsWith("mailto:") || ref.startsWith("data:")) {
            return;
        }
        URI uri;
        try {
            uri = new URI(ref);
        } catch (URISyntaxException e) {
            problems.error(file, 0, "malformed link '" + ref + "'");
            return;
        }
        if (uri.getScheme() != null || ref.startsWith("//")) {
            if ("javascript".equalsIgnoreCase(uri.getScheme())) {
                problems.error(file, 0, "javascript: links are not allowed: " + ref);
            }
            return;
        }
        if (ref.startsWith("/")) {
            problems.error(file, 0, "link '" + ref + "' is absolute; it breaks under a base path: use a relative link");
            return;
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String target = path.isEmpty() ? page.uri() : URI.create(page.uri()).resolve(path).normalize().toString();
        if (target.startsWith("../") || target.startsWith("/")) {
            problems.error(file, 0, "link '" + ref + "' leaves the site");
            return;
        }
        if (target.endsWith("/")) {
            target = target + "index.html";
        }
        if (!Files.isRegularFile(siteDir.resolve(target))) {
            problems.error(file, 0, "broken link '" + ref + "': " + target + " does not exist");
            return;
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && ids.containsKey(target) && !ids.get(target).contains(fragment)) {
            problems.error(file, 0, "broken anchor '" + ref + "': " + target + " has no id '" + fragment + "'");
        }
    }

    private static String sourceOf(SiteContent site, String uri) {
        for (var part : site.parts()) {
            if (part.uri().equals(uri)) {
                return part.source();
            }
            for (var chapter : part.chapters()) {
                if (chapter.uri().equals(uri)) {
                    return chapter.source();
                }
            }
        }
        return "content/" + uri;
    }
}
