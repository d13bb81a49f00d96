package handbook.pages;

import org.jsoup.nodes.Document;

/**
 * A baked HTML page held in memory between stages.
 *
 * @param uri site-relative URL, e.g. {@code core/advanced-sql.html}
 * @param source the AsciiDoc file it came from, relative to the project ({@code content/core/advanced-sql.adoc}),
 *               or empty for generated pages
 */
public record RenderedPage(String uri, String source, Document html) {

    /** The relative prefix that leads from this page to the site root ("" or "../"). */
    public String rootPrefix() {
        return "../".repeat((int) uri.chars().filter(c -> c == '/').count());
    }

    public boolean isChapter() {
        return html.body().hasClass("type-chapter");
    }
}
