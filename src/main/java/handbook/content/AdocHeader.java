package handbook.content;

import java.util.Map;
import java.util.Optional;

/**
 * The AsciiDoc document header of a file: its title and attribute entries, each with the line it stands on.
 *
 * @param title the document title ({@code = Title}), or null when the file has none
 * @param titleLine the title's line, 0 when absent
 * @param attributes attribute entries ({@code :name: value}) of the header, in file order
 */
public record AdocHeader(String title, int titleLine, Map<String, Entry> attributes) {

    /** One {@code :name: value} line. */
    public record Entry(String value, int line) {}

    public Optional<Entry> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    public String value(String name, String fallback) {
        Entry e = attributes.get(name);
        return e == null ? fallback : e.value();
    }

    /** The line to blame for a missing attribute: the title, or the first line. */
    public int anchorLine() {
        return titleLine > 0 ? titleLine : 1;
    }
}
