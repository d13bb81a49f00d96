package handbook.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Everything the scanner found under {@code content/}, in reading order. */
public record SiteContent(List<Part> parts, List<StandalonePage> pages) {

    public SiteContent {
        parts = List.copyOf(parts);
        pages = List.copyOf(pages);
    }

    public List<Chapter> chapters() {
        return parts.stream().flatMap(p -> p.chapters().stream()).toList();
    }

    public Optional<Part> part(String id) {
        return parts.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Home, then each part's landing page followed by its chapters: the order of previous/next links. */
    public List<NavEntry> readingOrder() {
        List<NavEntry> order = new ArrayList<>();
        pages.stream().filter(p -> p.type().equals("home")).findFirst()
                .ifPresent(h -> order.add(new NavEntry(h.title(), h.uri())));
        for (Part part : parts) {
            order.add(new NavEntry(part.title(), part.uri()));
            for (Chapter c : part.chapters()) {
                order.add(new NavEntry(c.title(), c.uri()));
            }
        }
        return order;
    }

    /** A title and a site-relative URL. */
    public record NavEntry(String title, String uri) {}
}
