package handbook.publish;

import handbook.asciidoc.ContentRootIncludeProcessor;
import handbook.build.Problems;
import handbook.content.AdocHeader;
import handbook.content.AdocHeaderReader;
import handbook.content.ContentLimits;
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
        check(Path.of(""), siteDir, site, pages, problems);
    }

    /** @param projectDir where the sources are, to point at the header line that kept a page from rendering */
    public static void check(Path projectDir, Path siteDir, SiteContent site, List<RenderedPage> pages, Problems problems) {
        // every page is a document of its own: pages are looked at in parallel, their problems reported in page order
        Map<String, Set<String>> ids = new HashMap<>();
        List<Set<String>> idsByPage = pages.parallelStream().map(SiteChecker::idsOf).toList();
        for (int i = 0; i < pages.size(); i++) {
            ids.put(pages.get(i).uri(), idsByPage.get(i));
        }
        site.readingOrder().forEach(e -> {
            if (!ids.containsKey(e.uri())) {
                notRendered(projectDir, sourceOf(site, e.uri()), e.uri(), problems);
            }
        });
        site.pages().forEach(p -> {
            if (!ids.containsKey(p.uri())) {
                notRendered(projectDir, p.source(), p.uri(), problems);
            }
        });
        checkSizes(siteDir, pages, problems);
        checkLinks(siteDir, pages, ids, problems);
    }

    private static Set<String> idsOf(RenderedPage p) {
        Set<String> pageIds = new HashSet<>();
        p.html().select("[id]").forEach(e -> pageIds.add(e.id()));
        p.html().select("a[name]").forEach(e -> pageIds.add(e.attr("name")));
        return pageIds;
    }

    private static void checkLinks(Path siteDir, List<RenderedPage> pages, Map<String, Set<String>> ids, Problems problems) {
        // thousands of links point at a few hundred files: each is looked up once
        Map<String, Boolean> isFile = new java.util.concurrent.ConcurrentHashMap<>();
        List<Problems> byPage = pages.parallelStream().map(page -> {
            Problems found = new Problems();
            checkLinks(siteDir, page, ids, isFile, found);
            return found;
        }).toList();
        byPage.forEach(found -> problems.addAll(found.all()));
    }

    private static void checkLinks(Path siteDir, RenderedPage page, Map<String, Set<String>> ids,
                                   Map<String, Boolean> isFile, Problems problems) {
        String file = page.source().isEmpty() ? page.uri() : page.source();
        for (Element refused : page.html().select("." + ContentRootIncludeProcessor.REFUSED_ROLE)) {
            problems.error(file, 0, refused.text());
        }
        if (page.uri().equals("404.html")) {
            return; // its links are absolute, under the base path, by design
        }
        for (Element el : page.html().select("a[href], link[href], script[src], img[src], source[src]")) {
            String ref = el.hasAttr("href") ? el.attr("href") : el.attr("src");
            checkReference(siteDir, page, ref, ids, isFile, problems, file);
        }
    }

    /** A planned page JBake did not render: its header keeps it out (a status or type); point at that line. */
    private static void notRendered(Path projectDir, String source, String uri, Problems problems) {
        int line = 0;
        String why = "check its header";
        for (Path candidate : new Path[] {projectDir.resolve(source)}) {
            if (Files.isRegularFile(candidate)) {
                try {
                    AdocHeader header = AdocHeaderReader.read(Files.readAllLines(candidate));
                    for (String key : List.of("jbake-status", "status", "type", "jbake-type")) {
                        var entry = header.attribute(key);
                        if (entry.isPresent()) {
                            line = entry.get().line();
                            why = ":" + key + ": " + entry.get().value() + " keeps it out";
                            break;
                        }
                    }
                } catch (java.io.IOException e) {
                    // reported without a line
                }
                break;
            }
        }
        problems.error(source, line, "the page " + uri + " was not rendered (" + why + ")");
    }

    /** No published file may exceed the page size limit (a few nested attributes can expand to 100 MB). */
    private static void checkSizes(Path siteDir, List<RenderedPage> pages, Problems problems) {
        for (RenderedPage page : pages) {
            long bytes = sizeOf(siteDir.resolve(page.uri()), page);
            if (bytes > ContentLimits.MAX_PAGE_BYTES) {
                problems.error(page.source().isEmpty() ? page.uri() : page.source(), 0, "the page " + page.uri() + " is "
                        + bytes / 1024 + " KB; the limit is " + ContentLimits.MAX_PAGE_BYTES / 1024 + " KB");
            }
        }
    }

    /** The page's size as written to the site (the build writes pages before checking), else as it would be written. */
    private static long sizeOf(Path file, RenderedPage page) {
        try {
            return Files.isRegularFile(file) ? Files.size(file)
                    : page.html().outerHtml().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void checkReference(Path siteDir, RenderedPage page, String ref, Map<String, Set<String>> ids,
                                       Map<String, Boolean> isFile, Problems problems, String file) {
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
        if (!isFile.computeIfAbsent(target, t -> Files.isRegularFile(siteDir.resolve(t)))) {
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
