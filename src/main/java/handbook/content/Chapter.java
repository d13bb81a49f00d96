package handbook.content;

/**
 * A chapter: one AsciiDoc file in a part's folder.
 *
 * @param source path relative to the repository root ({@code content/core/advanced-sql.adoc})
 * @param uri site-relative URL of the rendered page ({@code core/advanced-sql.html})
 */
public record Chapter(String partId, String slug, String title, int order, String summary, String keywords,
                      String source, String uri) {}
