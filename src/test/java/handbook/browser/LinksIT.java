package handbook.browser;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every internal link, asset reference and {@code #anchor} of every page resolves over HTTP against the site
 * served under its sub-path, as a browser resolves it (including {@code <base href>} on the 404 page, which is
 * answered for any missing URL, however deep). The build checks the same on files; this proves it as served.
 */
@ExtendWith(HandbookSite.class)
class LinksIT {
    private static final String REFERENCES = "a[href], link[href], script[src], img[src], source[src], iframe[src]";
    /** Loaded by search.js on first use, so no HTML refers to them. */
    private static final List<String> SCRIPT_LOADED = List.of("js/lunr.min.js", "js/lunr-compact.js", "js/search-worker.js",
            "js/search-core.js", "search-index.json", "search-store.json");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, HttpResponse<byte[]>> fetched = new HashMap<>();
    private final Map<String, Set<String>> idsByUrl = new HashMap<>();
    private final List<String> broken = new ArrayList<>();
    private int checked;

    private final ServedSite site;

    LinksIT(ServedSite site) {
        this.site = site;
    }

    @Test
    void everyInternalReferenceOfEveryPageResolvesUnderTheSubPath() {
        List<String> pages = site.htmlPages().stream().filter(p -> !p.equals("404.html")).toList();
        for (String page : pages) {
            checkPage(site.url(page), 200);
        }
        checkPage(site.url("no/such/deep/page.html"), 404); // served 404.html: links resolve through <base href>
        checkPage(site.url("no-such-page.html"), 404);
        for (String path : SCRIPT_LOADED) {
            expectOk(site.url(path), "search.js");
        }
        for (String path : searchTextFiles()) {
            expectOk(site.url(path), "search-store.json");
        }
        System.out.println("Links: " + (pages.size() + 2) + " pages, " + checked + " internal references checked over HTTP, "
                + fetched.size() + " distinct URLs fetched");
        assertEquals(List.of(), broken, broken.size() + " broken references");
        assertTrue(checked > 1000, "references checked: " + checked);
    }

    /** The section-text files the store points to ({@code "g"}), each of which must be served. */
    private List<String> searchTextFiles() {
        try {
            var docs = handbook.build.Json.mapper().readTree(body(get(site.url("search-store.json")))).get("docs");
            java.util.TreeSet<String> files = new java.util.TreeSet<>();
            docs.forEach(entry -> {
                if (entry.has("g")) {
                    files.add("search-text/" + entry.get("g").asText() + ".json");
                }
            });
            assertTrue(files.size() > 10, "text files: " + files);
            return List.copyOf(files);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theSitemapListsServedPagesOnly() {
        Document sitemap = Jsoup.parse(body(get(site.url("sitemap.xml"))), "", org.jsoup.parser.Parser.xmlParser());
        List<String> locs = sitemap.select("url > loc").eachText();
        assertTrue(locs.size() >= 40, "sitemap entries: " + locs.size());
        String marker = site.basePath() + "/";
        for (String loc : locs) {
            assertTrue(loc.startsWith("https://") && loc.contains(marker), loc);
            expectOk(site.url(loc.substring(loc.indexOf(marker) + marker.length())), "sitemap.xml");
        }
        assertEquals(List.of(), broken);
    }

    private void checkPage(String url, int status) {
        HttpResponse<byte[]> response = get(url);
        assertEquals(status, response.statusCode(), url);
        Document doc = Jsoup.parse(body(response), url); // honours <base href> like a browser
        for (Element el : doc.select(REFERENCES)) {
            String attr = el.hasAttr("href") ? "href" : "src";
            String raw = el.attr(attr);
            if (raw.startsWith("mailto:") || raw.startsWith("data:")) {
                continue;
            }
            String target = el.absUrl(attr);
            if (target.isEmpty()) {
                broken.add(url + ": cannot resolve " + attr + "=\"" + raw + "\"");
                continue;
            }
            URI uri = URI.create(target);
            if (!(uri.getScheme() + "://" + uri.getAuthority()).equals(site.origin())) {
                continue; // outside the site: GitHub links, never fetched
            }
            checked++;
            String where = url + " " + attr + "=\"" + raw + "\"";
            if (!uri.getPath().startsWith(site.basePath() + "/")) {
                broken.add(where + ": leaves the sub-path (" + uri.getPath() + ")");
                continue;
            }
            String document = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
            if (!expectOk(document, where)) {
                continue;
            }
            String fragment = uri.getFragment();
            if (fragment != null && !fragment.isEmpty() && !ids(document).contains(fragment)) {
                broken.add(where + ": no id \"" + fragment + "\" in " + document);
            }
        }
    }

    private boolean expectOk(String url, String where) {
        int status = get(url).statusCode();
        if (status != 200) {
            broken.add(where + ": " + url + " answered " + status);
            return false;
        }
        return true;
    }

    private Set<String> ids(String url) {
        return idsByUrl.computeIfAbsent(url, u -> {
            HttpResponse<byte[]> r = get(u);
            Set<String> ids = new HashSet<>();
            if (r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                Document doc = Jsoup.parse(body(r), u);
                doc.select("[id]").forEach(e -> ids.add(e.id()));
                doc.select("a[name]").forEach(e -> ids.add(e.attr("name")));
            }
            return ids;
        });
    }

    private HttpResponse<byte[]> get(String url) {
        String key = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        return fetched.computeIfAbsent(key, u -> {
            try {
                return http.send(HttpRequest.newBuilder(URI.create(u)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    private static String body(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
