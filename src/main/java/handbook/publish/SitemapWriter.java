package handbook.publish;

import handbook.build.BuildConfig;
import handbook.content.SiteContent;

import java.util.ArrayList;
import java.util.List;

/** {@code sitemap.xml} and {@code robots.txt}, from the site plan: no dates, so output depends only on input. */
public final class SitemapWriter {
    private SitemapWriter() {}

    public static String sitemap(BuildConfig config, SiteContent site, List<String> extraUris) {
        List<String> uris = new ArrayList<>();
        site.readingOrder().forEach(e -> uris.add(e.uri()));
        uris.addAll(extraUris);
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String uri : uris) {
            String loc = config.absoluteUrl(uri.equals("index.html") ? "" : uri);
            sb.append("  <url><loc>").append(xml(loc)).append("</loc></url>\n");
        }
        return sb.append("</urlset>\n").toString();
    }

    public static String robots(BuildConfig config) {
        return "User-agent: *\nAllow: /\nSitemap: " + config.absoluteUrl("sitemap.xml") + "\n";
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
