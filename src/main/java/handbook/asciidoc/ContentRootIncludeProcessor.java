package handbook.asciidoc;

import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.IncludeProcessor;
import org.asciidoctor.extension.PreprocessorReader;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Takes over every {@code include::} directive: a target inside the content tree is read as usual; anything else
 * (an absolute path, a {@code ..} that leaves the tree, a URL) is refused, logged as an error with the including
 * file and line, and replaced by a visible marker. Chapters come from strangers, so nothing outside {@code content/}
 * may end up in a page.
 *
 * <p>Includes are bounded ({@link IncludeBudget}): Asciidoctor's own depth limit does not apply when an extension
 * handles every include, so a partial that includes itself would never end.
 *
 * <p>The tree's root is the conversion's {@code base_dir} option (not an attribute: a chapter could print an
 * attribute and reveal a path of the build machine); without it every include is refused.
 */
public final class ContentRootIncludeProcessor extends IncludeProcessor {
    public static final String REFUSED_ROLE = "include-refused";

    @Override
    public boolean handles(String target) {
        return true;
    }

    @Override
    public void process(Document document, PreprocessorReader reader, String target, Map<String, Object> attributes) {
        Object rootValue = document.getOptions().get("base_dir");
        String refusal = null;
        Path resolved = null;
        if (rootValue == null) {
            refusal = "includes are disabled (no content root is set)";
        } else if (target.contains("://") || target.startsWith("//")) {
            refusal = "includes of URLs are not allowed";
        } else {
            try {
                Path root = Path.of(rootValue.toString()).toRealPath();
                // In SERVER safe mode the reader's dir is the jail and its file is relative to it.
                Path dir = reader.getDir() == null ? root : Path.of(reader.getDir());
                // A document converted from a string (the book) has no file: "" stands for the base dir itself.
                String file = reader.getFile();
                Path current = file == null || file.isEmpty() ? null : dir.resolve(file).getParent();
                Path base = current == null ? dir : current;
                Path candidate = Path.of(target).isAbsolute() ? Path.of(target) : base.resolve(target);
                candidate = candidate.normalize();
                if (!candidate.startsWith(root)) {
                    refusal = "the target is outside content/";
                } else if (!Files.isRegularFile(candidate)) {
                    refusal = "the file does not exist";
                } else if (!candidate.toRealPath().startsWith(root)) {
                    refusal = "the target links outside content/";
                } else {
                    resolved = candidate;
                }
            } catch (InvalidPathException | IOException e) {
                refusal = "the target is not a readable path";
            }
        }
        if (refusal != null) {
            log(new LogRecord(Severity.ERROR, at(reader), "include refused: " + target + " (" + refusal + ")"));
            reader.pushInclude("[." + REFUSED_ROLE + "]#include refused: " + escape(target) + "#", target, target,
                    1, attributes);
            return;
        }
        try {
            String text = Files.readString(resolved, StandardCharsets.UTF_8);
            String overLimit = IncludeBudget.spend(document, reader, text.length());
            if (overLimit != null) {
                log(new LogRecord(Severity.ERROR, at(reader), "include refused: " + target + " (" + overLimit + ")"));
                reader.pushInclude("[." + REFUSED_ROLE + "]#include refused: " + escape(target) + "#", target, target,
                        1, attributes);
                return;
            }
            reader.pushInclude(text, resolved.toString(), target, 1, attributes);
        } catch (IOException e) {
            log(new LogRecord(Severity.ERROR, at(reader), "include failed: " + target + " (" + e.getMessage() + ")"));
        }
    }

    /** Where the include directive stands, for the error message. */
    private static Cursor at(PreprocessorReader reader) {
        String file = reader.getFile();
        int line = Math.max(reader.getLineNumber() - 1, 1);
        String dir = reader.getDir();
        return new Cursor() {
            @Override public int getLineNumber() { return line; }
            @Override public String getPath() { return file; }
            @Override public String getDir() { return dir; }
            @Override public String getFile() { return file; }
        };
    }

    private static String escape(String target) {
        return target.replace("#", "&#35;").replace("[", "&#91;").replace("]", "&#93;");
    }
}
