package handbook.book;

import java.util.ArrayList;
import java.util.List;

/**
 * The book's AsciiDoc, built line by line, each line remembering the content file and line it came from, so that
 * Asciidoctor's messages about the one big document can name the chapter and line an author has to fix.
 * Generated lines (titles of appendices, anchors) carry the file they stand for with line 0.
 */
final class BookText {
    private final List<String> lines = new ArrayList<>();
    private final List<Origin> origins = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private final List<handbook.build.Problem> problems = new ArrayList<>();

    /** Where a line of the book comes from. */
    record Origin(String file, int line) {}

    /** A cross reference the assembly wrote: it must resolve to an id in the book. */
    record Reference(String id, Origin origin) {}

    void add(String line, String file, int sourceLine) {
        lines.add(line);
        origins.add(new Origin(file, sourceLine));
    }

    void blank() {
        add("", "", 0);
    }

    void reference(String id, String file, int line) {
        references.add(new Reference(id, new Origin(file, line)));
    }

    /** Something in the source the book cannot take as it is. */
    void problem(String file, int line, String message) {
        problems.add(handbook.build.Problem.error(file, line, message));
    }

    /** The finished text and its map; line {@code n} (1-based) of the text comes from {@code origins.get(n - 1)}. */
    BookSource build() {
        return new BookSource(String.join("\n", lines) + "\n", List.copyOf(origins), List.copyOf(references),
                List.copyOf(problems));
    }
}
