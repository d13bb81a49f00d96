package handbook.book;

import java.util.ArrayList;
import java.util.List;

/**
 * The assembled book: one AsciiDoc document, where each of its lines comes from, the cross references the
 * assembly wrote (each must resolve inside the book), and what the assembly refused.
 */
record BookSource(String text, List<BookText.Origin> origins, List<BookText.Reference> references,
                  List<handbook.build.Problem> problems) {

    /** The content file and line of line {@code line} (1-based) of the book; generated lines name their file. */
    BookText.Origin origin(int line) {
        if (line < 1 || line > origins.size()) {
            return new BookText.Origin("content", 0);
        }
        BookText.Origin o = origins.get(line - 1);
        return o.file().isEmpty() ? new BookText.Origin("content", 0) : o;
    }

    /** The origins of the first {@code max} lines that contain {@code needle} (for messages without a location). */
    List<BookText.Origin> linesContaining(String needle, int max) {
        List<BookText.Origin> found = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length && found.size() < max; i++) {
            if (lines[i].contains(needle)) {
                found.add(origin(i + 1));
            }
        }
        return found;
    }
}
