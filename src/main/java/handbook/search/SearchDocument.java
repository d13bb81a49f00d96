package handbook.search;

/**
 * One searchable unit: a section of a chapter, a part landing page, or a glossary term.
 *
 * @param kind {@code section}, {@code part} or {@code term}
 * @param title the heading (or term name)
 * @param path where it sits, e.g. "Part I › Dimensional Modeling"
 * @param url site-relative link, with the section's anchor
 * @param keywords extra words: chapter keywords, term aliases
 * @param terms the names and aliases of the glossary terms the section references, so that "SCD" finds the
 *              sections that discuss slowly changing dimensions without spelling out the abbreviation
 * @param body the text a reader sees in that section, model answers included
 * @param summary the glossary's short definition, for terms; otherwise empty
 */
public record SearchDocument(String kind, String title, String path, String url, String keywords, String terms,
                             String body, String summary) {}
