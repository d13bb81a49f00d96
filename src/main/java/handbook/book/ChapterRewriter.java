package handbook.book;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites one content file for its place in the book, line by line (each output line keeps its source line):
 * <ul>
 *   <li>ids get the chapter's prefix ({@code [#x]}, {@code [[x]]}, {@code anchor:x[]}, and the references to them),
 *       so two chapters' "why-it-matters" sections stay apart; section ids get it from {@code :idprefix:};</li>
 *   <li>{@code xref:../core/x.adoc[]} (and {@code #fragment}) points at the chapter (or its section) in the book;</li>
 *   <li>{@code term:id[]} becomes a cross reference to the term's entry in the glossary appendix, with the term's
 *       name when no text was given;</li>
 *   <li>relative {@code include::} and image targets are made relative to {@code content/}, the book's base, so
 *       they name the same files as on the site — and go through the same include guard;</li>
 *   <li>interview questions print open, their title tagged with level and round.</li>
 * </ul>
 * Listing, literal, passthrough and comment blocks are left as they are (except includes, which Asciidoctor
 * expands everywhere).
 */
final class ChapterRewriter {
    private static final Pattern VERBATIM_DELIMITER = Pattern.compile("(-{4,}|\\.{4,}|\\+{4,}|/{4,}|```.*)");
    private static final Pattern EXAMPLE_DELIMITER = Pattern.compile("={4,}");
    private static final Pattern INCLUDE = Pattern.compile("^include::([^\\[]+)\\[");
    private static final Pattern IMAGE = Pattern.compile("\\bimage::?([^\\[\\s]+)\\[");
    private static final Pattern TERM = Pattern.compile("\\bterm:([A-Za-z0-9_-]+)\\[([^\\]]*)\\]");
    private static final Pattern XREF = Pattern.compile("\\bxref:([^\\[\\s]+)\\[");
    private static final Pattern ANGLE_XREF = Pattern.compile("<<([^>,\\s]+)(,[^>]*)?>>");
    private static final Pattern BLOCK_ID = Pattern.compile("^\\[([A-Za-z0-9_-]*)#([A-Za-z0-9_:-]+)");
    private static final Pattern ID_ATTRIBUTE = Pattern.compile("^(\\[[^\\]]*\\bid=)([A-Za-z0-9_:-]+)");
    private static final Pattern ANCHOR = Pattern.compile("\\[\\[([A-Za-z_][A-Za-z0-9_:.-]*)(,[^\\]]*)?\\]\\]");
    private static final Pattern INLINE_ANCHOR = Pattern.compile("\\banchor:([A-Za-z0-9_:-]+)\\[");
    private static final Pattern LEVEL_OFFSET = Pattern.compile("^:leveloffset[!:]");
    private static final Pattern LEVEL = Pattern.compile("\\blevel=([A-Za-z-]+)");
    private static final Pattern ROUND = Pattern.compile("\\bround=([A-Za-z-]+)");

    /** How a {@code content/}-relative file maps into the book: its own id and the prefix of the ids inside it. */
    record Target(String id, String prefix) {}

    private final String file;
    private final String dir;
    private final String prefix;
    private final Function<String, Target> documents;
    private final Function<String, String> termNames;
    private final BookText out;

    /**
     * @param file the file, relative to the project ({@code content/core/advanced-sql.adoc})
     * @param prefix the prefix of every id in it ({@code advanced-sql_})
     * @param documents a {@code content/}-relative path ({@code core/x.adoc}) to its place in the book, or null
     * @param termNames a term id to the term's name, or null for an unknown term
     */
    ChapterRewriter(String file, String prefix, Function<String, Target> documents,
                    Function<String, String> termNames, BookText out) {
        this.file = file;
        String inContent = file.startsWith("content/") ? file.substring("content/".length()) : file;
        int slash = inContent.lastIndexOf('/');
        this.dir = slash < 0 ? "" : inContent.substring(0, slash + 1);
        this.prefix = prefix;
        this.documents = documents;
        this.termNames = termNames;
        this.out = out;
    }

    /** Writes {@code lines[from..]} (0-based index; the source line numbers are index + 1) into the book. */
    void write(List<String> lines, int from) {
        List<String> rewritten = new ArrayList<>();
        String verbatim = null;
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            String trimmed = line.strip();
            if (verbatim != null) {
                if (trimmed.equals(verbatim) || (verbatim.startsWith("```") && trimmed.equals("```"))) {
                    verbatim = null;
                }
                rewritten.add(include(line));
                continue;
            }
            if (VERBATIM_DELIMITER.matcher(trimmed).matches()) {
                verbatim = trimmed.startsWith("```") ? "```" : trimmed;
                rewritten.add(line);
                continue;
            }
            if (EXAMPLE_DELIMITER.matcher(trimmed).matches()) {
                tagQuestion(rewritten, i);
            }
            if (LEVEL_OFFSET.matcher(line).find()) {
                out.problem(file, i + 1, "a page may not set :leveloffset: (in the book its sections would leave "
                        + "the chapter); change the headings' levels instead");
            }
            rewritten.add(rewrite(line, i + 1));
        }
        for (int i = 0; i < rewritten.size(); i++) {
            out.add(rewritten.get(i), file, from + i + 1);
        }
    }

    /** Writes one line of AsciiDoc that comes from line {@code lineNumber} of the file (a header value). */
    void writeLine(String text, int lineNumber) {
        out.add(rewrite(text, lineNumber), file, lineNumber);
    }

    private String rewrite(String line, int lineNumber) {
        String s = include(line);
        if (s.startsWith("include::")) {
            return s;
        }
        s = replace(IMAGE, s, m -> m.group(0).replace(m.group(1), relative(m.group(1))));
        s = replace(XREF, s, m -> "xref:" + reference(m.group(1), lineNumber) + "[");
        s = replace(ANGLE_XREF, s, m -> "<<" + reference(m.group(1), lineNumber)
                + (m.group(2) == null ? "" : m.group(2)) + ">>");
        s = replace(TERM, s, m -> {
            String id = "term-" + m.group(1);
            out.reference(id, file, lineNumber);
            String name = termNames.apply(m.group(1));
            String text = m.group(2).isEmpty() ? (name == null ? m.group(1) : name.replace("]", "\\]")) : m.group(2);
            return "xref:" + id + "[" + text + "]";
        });
        s = replace(BLOCK_ID, s, m -> "[" + m.group(1) + "#" + prefix + m.group(2));
        s = replace(ID_ATTRIBUTE, s, m -> m.group(1) + prefix + m.group(2));
        s = replace(ANCHOR, s, m -> "[[" + prefix + m.group(1) + (m.group(2) == null ? "" : m.group(2)) + "]]");
        s = replace(INLINE_ANCHOR, s, m -> "anchor:" + prefix + m.group(1) + "[");
        return s;
    }

    private String include(String line) {
        Matcher m = INCLUDE.matcher(line);
        if (!m.find()) {
            return line;
        }
        return "include::" + relative(m.group(1)) + line.substring(m.end(1));
    }

    /** A target relative to this file's folder, made relative to {@code content/}; others are left for the guard. */
    private String relative(String target) {
        if (target.startsWith("/") || target.startsWith("{") || target.contains("://") || target.startsWith("data:")
                || target.matches("^[A-Za-z]:.*")) {
            return target;
        }
        return dir + target;
    }

    /** The book id an xref target names: another file (and a fragment in it), or an id in this file. */
    private String reference(String target, int lineNumber) {
        String id;
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String fragment = hash < 0 ? "" : target.substring(hash + 1);
        if (path.endsWith(".adoc")) {
            String resolved = Path.of(dir.isEmpty() ? "." : dir).resolve(path).normalize().toString().replace('\\', '/');
            Target doc = documents.apply(resolved);
            if (doc == null) {
                id = "missing-document:" + resolved;
            } else {
                id = fragment.isEmpty() ? doc.id() : doc.prefix() + fragment;
            }
        } else {
            id = prefix + target;
        }
        out.reference(id, file, lineNumber);
        return id;
    }

    /** An interview question prints open, its title tagged "Senior · System design". */
    private void tagQuestion(List<String> rewritten, int index) {
        int title = -1;
        int attributes = -1;
        for (int j = rewritten.size() - 1; j >= 0; j--) {
            String previous = rewritten.get(j).strip();
            if (previous.startsWith("[") && previous.endsWith("]")) {
                attributes = previous.contains(".question") && attributes < 0 ? j : attributes;
            } else if (previous.startsWith(".") && previous.length() > 1 && previous.charAt(1) != '.'
                    && !Character.isWhitespace(previous.charAt(1))) {
                title = j;
            } else {
                break;
            }
        }
        if (attributes < 0) {
            return;
        }
        String block = rewritten.get(attributes);
        rewritten.set(attributes, block.replace("%collapsible", ""));
        String level = label(LEVEL.matcher(block));
        String round = label(ROUND.matcher(block));
        String tag = "[.question-tag]#" + level + " · " + round + "#";
        if (title >= 0) {
            rewritten.set(title, rewritten.get(title) + " " + tag);
        } else { // no title line: the tag is the title (the line count stays that of the source)
            String open = rewritten.get(attributes).strip();
            rewritten.set(attributes, open.substring(0, open.length() - 1) + ",title=\"" + level + " · " + round + "\"]");
        }
    }

    private static final Map<String, String> ROUND_LABELS = Map.of("sql", "SQL", "system-design", "System design");

    private static String label(Matcher m) {
        if (!m.find()) {
            return "?";
        }
        String v = m.group(1).toLowerCase(Locale.ROOT);
        return ROUND_LABELS.getOrDefault(v, Character.toUpperCase(v.charAt(0)) + v.substring(1));
    }

    private static String replace(Pattern pattern, String s, Function<Matcher, String> replacement) {
        Matcher m = pattern.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement.apply(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
