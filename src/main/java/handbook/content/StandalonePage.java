package handbook.content;

/** A page that is neither a part nor a chapter: the home page, search, 404, about. */
public record StandalonePage(String type, String title, String source, String uri) {}
