package handbook.content;

import java.util.List;

/** A part of the handbook: a folder under {@code content/} with an {@code index.adoc} landing page. */
public record Part(String id, String title, int order, String summary, String source, String uri,
                   List<Chapter> chapters) {

    public Part {
        chapters = List.copyOf(chapters);
    }
}
