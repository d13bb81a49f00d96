package handbook.book;

import handbook.build.Problem;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Asciidoctor's messages about the assembled book into problems that name the content file and line: through
 * the message's location when it has one (the book's line map, or the included file), else by finding what the
 * message names (a character no font has, a reference) in the book's text. Every warning fails the book: a missing
 * glyph prints as an empty box, an unresolved reference as a dead link.
 */
final class BookLog implements LogHandler {
    private static final Pattern MISSING_GLYPH = Pattern.compile("Could not locate the character `(.+?)'");
    private static final Pattern MISSING_ATTRIBUTE = Pattern.compile("missing attribute: (\\S+)");
    private static final Pattern INVALID_REFERENCE = Pattern.compile("possible invalid reference: (\\S+)");
    private static final int LOCATIONS = 3;

    private final Path projectDir;
    private BookSource source;
    private final Set<Problem> problems = new LinkedHashSet<>();

    BookLog(Path projectDir) {
        this.projectDir = projectDir;
    }

    synchronized void start(BookSource book) {
        this.source = book;
        problems.clear();
    }

    synchronized List<Problem> problems() {
        return new ArrayList<>(problems);
    }

    @Override
    public synchronized void log(LogRecord record) {
        String message = record.getMessage();
        boolean reference = INVALID_REFERENCE.matcher(message).find();
        if (!reference && (record.getSeverity() == Severity.DEBUG || record.getSeverity() == Severity.INFO)) {
            return;
        }
        if (source == null) {
            problems.add(Problem.error("content", 0, message));
            return;
        }
        Cursor at = record.getCursor();
        if (at != null && at.getLineNumber() > 0) {
            problems.add(at(at, message));
            return;
        }
        Matcher glyph = MISSING_GLYPH.matcher(message);
        Matcher ref = INVALID_REFERENCE.matcher(message);
        Matcher attribute = MISSING_ATTRIBUTE.matcher(message);
        List<BookText.Origin> where = List.of();
        if (glyph.find()) {
            where = source.linesContaining(glyph.group(1), LOCATIONS);
            message = message.replaceAll("\\s+", " ") + " (add a font that has it, or write the character differently)";
        } else if (attribute.find()) {
            where = source.linesContaining("{" + attribute.group(1) + "}", LOCATIONS);
        } else if (ref.find()) {
            String id = ref.group(1);
            where = source.references().stream().filter(r -> r.id().equals(id)).limit(LOCATIONS)
                    .map(BookText.Reference::origin).toList();
        }
        if (where.isEmpty()) {
            problems.add(Problem.error("content", 0, message));
        }
        for (BookText.Origin o : where) {
            problems.add(Problem.error(o.file(), o.line(), message));
        }
    }

    /** A problem at a location Asciidoctor reported: a line of the book, or of a file it included. */
    synchronized Problem at(Cursor at, String message) {
        if (at == null || at.getLineNumber() <= 0 || source == null) {
            return Problem.error("content", 0, message);
        }
        String file = at.getFile();
        if (file == null || file.isEmpty() || file.equals("<stdin>") || !Path.of(file).isAbsolute()) {
            BookText.Origin o = source.origin(at.getLineNumber());
            return Problem.error(o.file(), o.line(), message);
        }
        return Problem.error(relative(file), at.getLineNumber(), message);
    }

    private String relative(String file) {
        Path p = Path.of(file).toAbsolutePath().normalize();
        return p.startsWith(projectDir) ? projectDir.relativize(p).toString().replace('\\', '/') : p.getFileName().toString();
    }
}
