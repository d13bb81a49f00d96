package handbook.glossary;

/** One place that references a term: a section of a page. */
public record Backlink(String termId, String pageUri, String pageTitle, String sectionId, String sectionTitle) {

    public String href() {
        return pageUri + (sectionId.isEmpty() ? "" : "#" + sectionId);
    }
}
