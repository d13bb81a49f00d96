package handbook.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What templates need to draw the sidebar, breadcrumbs and previous/next links, as plain maps and lists
 * (JBake hands data files to Freemarker as maps). Keys: {@code parts} (in order, with their chapters) and
 * {@code pages} (by site-relative URL: source file, part, previous and next).
 */
public final class NavigationData {
    private NavigationData() {}

    public static Map<String, Object> of(SiteContent site) {
        return of(site, Map.of());
    }

    /** @param updated last-changed dates by source path (see {@link GitHistory}) */
    public static Map<String, Object> of(SiteContent site, Map<String, String> updated) {
        return of(site, updated, Map.of());
    }

    /**
     * @param updated last-changed dates by source path (see {@link GitHistory})
     * @param extra more facts per page URL, merged into {@code pages} (a chapter's currency stamp, its corrections)
     */
    public static Map<String, Object> of(SiteContent site, Map<String, String> updated,
                                         Map<String, ? extends Map<String, Object>> extra) {
        List<Object> parts = new ArrayList<>();
        Map<String, Object> pages = new TreeMap<>();
        for (Part part : site.parts()) {
            List<Object> chapters = new ArrayList<>();
            for (Chapter c : part.chapters()) {
                chapters.add(Map.of("title", c.title(), "uri", c.uri(), "summary", c.summary(), "order", c.order()));
            }
            parts.add(Map.of("id", part.id(), "title", part.title(), "uri", part.uri(), "summary", part.summary(),
                    "chapters", chapters));
        }
        List<SiteContent.NavEntry> order = site.readingOrder();
        for (int i = 0; i < order.size(); i++) {
            Map<String, Object> page = new LinkedHashMap<>();
            if (i > 0) {
                page.put("prev", entry(order.get(i - 1)));
            }
            if (i + 1 < order.size()) {
                page.put("next", entry(order.get(i + 1)));
            }
            pages.put(order.get(i).uri(), page);
        }
        for (Part part : site.parts()) {
            page(pages, part.uri()).put("source", part.source());
            page(pages, part.uri()).put("part", Map.of("title", part.title(), "uri", part.uri()));
            for (Chapter c : part.chapters()) {
                page(pages, c.uri()).put("source", c.source());
                page(pages, c.uri()).put("part", Map.of("title", part.title(), "uri", part.uri()));
            }
        }
        for (StandalonePage p : site.pages()) {
            page(pages, p.uri()).put("source", p.source());
        }
        for (Object entry : pages.values()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> page = (Map<String, Object>) entry;
            Object source = page.get("source");
            if (source != null && updated.containsKey(source.toString())) {
                page.put("updated", updated.get(source.toString()));
            }
        }
        extra.forEach((uri, facts) -> page(pages, uri).putAll(facts));
        return Map.of("parts", parts, "pages", pages);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> page(Map<String, Object> pages, String uri) {
        return (Map<String, Object>) pages.computeIfAbsent(uri, k -> new LinkedHashMap<>());
    }

    private static Map<String, Object> entry(SiteContent.NavEntry e) {
        return Map.of("title", e.title(), "uri", e.uri());
    }
}
