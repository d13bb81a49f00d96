package handbook.examples;

import handbook.build.Problems;
import handbook.examples.CheckedExample.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the checked examples of one chapter in its AsciiDoc source: listings with a {@code check} attribute
 * ({@code [source,sql,check=setup|result|error]}, {@code [source,python,check=run]}) and, for {@code check=result}
 * and {@code check=run}, the {@code [.sql-result]} or {@code [.output]} literal block that must follow.
 *
 * <p>It reads lines rather than Asciidoctor's tree because problems must point at exact lines and the content lint
 * calls it without starting Asciidoctor. Verbatim blocks that are not checked listings (listing, literal,
 * passthrough, comment) are skipped whole, so an example of the syntax shown inside one is not mistaken for a check.
 * Every problem found is reported, each at its line; a listing with a problem is left out of the result.
 */
public final class CheckedExampleExtractor {

    private static final Pattern VERBATIM_DELIMITER = Pattern.compile("^(-{4,}|\\.{4,}|\\+{4,}|/{4,}|```.*)$");
    private static final Pattern LISTING_DELIMITER = Pattern.compile("^(-{4,}|```.*)$");
    private static final Pattern LITERAL_DELIMITER = Pattern.compile("^\\.{4,}$");
    private static final Pattern BLOCK_TITLE = Pattern.compile("^\\.[^.\\s].*$");
    /** Asciidoctor's callouts at the end of a line, with an optional line-comment prefix: {@code -- <1>}. */
    private static final Pattern CALLOUTS = Pattern.compile("\\s*(?:(?://|#|--|;;) ?)?(?:<(?:\\d+|\\.)>\\s*)+$");

    private final String file;
    private final List<String> lines;
    private final Problems problems;
    private final List<CheckedExample> examples = new ArrayList<>();

    private CheckedExampleExtractor(String file, List<String> lines, Problems problems) {
        this.file = file;
        this.lines = lines.stream().map(String::stripTrailing).toList();
        this.problems = problems;
    }

    /**
     * The checked examples of a chapter, in document order.
     *
     * @param relativeFile the chapter's path relative to the repository root, used in examples and problems
     * @param lines        the chapter's lines
     * @param problems     receives one error per malformed checked example, at its line
     */
    public static List<CheckedExample> extract(String relativeFile, List<String> lines, Problems problems) {
        CheckedExampleExtractor extractor = new CheckedExampleExtractor(relativeFile, lines, problems);
        extractor.scan();
        return List.copyOf(extractor.examples);
    }

    private void scan() {
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            Optional<BlockAttributes> attributes = BlockAttributes.parse(line);
            if (attributes.isPresent() && attributes.get().named().containsKey("check")) {
                i = readCheckedListing(i, attributes.get());
            } else if (VERBATIM_DELIMITER.matcher(line).matches()) {
                i = skipBlock(i);
            } else {
                i++;
            }
        }
    }

    /** Skips a verbatim block that is not a checked listing; returns the index after its closing delimiter. */
    private int skipBlock(int open) {
        int close = closingDelimiter(open);
        if (close < 0) {
            error(open, "unterminated block: no closing " + closingFor(lines.get(open))
                    + " before the end of the file");
            return lines.size();
        }
        return close + 1;
    }

    /** Reads a listing with a check attribute at {@code at}; returns the index where scanning resumes. */
    private int readCheckedListing(int at, BlockAttributes attributes) {
        String check = attributes.named().get("check");
        int open = skipTitlesAndAttributes(at + 1);
        if (open >= lines.size() || !LISTING_DELIMITER.matcher(lines.get(open)).matches()) {
            error(at, "check=" + check + " must be followed by a ---- delimited listing block");
            return at + 1;
        }
        int close = closingDelimiter(open);
        if (close < 0) {
            error(open, "unterminated listing block: no closing " + closingFor(lines.get(open))
                    + " before the end of the file");
            return lines.size();
        }
        String code = code(open + 1, close);
        CheckAttribute checkAttribute = CheckAttribute.of(attributes);
        Optional<Kind> kind = checkAttribute.validKind();
        if (kind.isEmpty()) {
            error(at, checkAttribute.problem());
            return close + 1;
        }
        if (code.isBlank()) {
            error(at, "the checked listing is empty");
            return close + 1;
        }
        String language = attributes.language().orElseThrow();
        return switch (kind.get()) {
            case RESULT -> readExpected(at, language, Kind.RESULT, code, close + 1, "sql-result");
            case RUN -> readExpected(at, language, Kind.RUN, code, close + 1, "output");
            case SETUP, ERROR -> {
                refuseUncheckedResult(kind.get(), close + 1);
                examples.add(new CheckedExample(file, at + 1, language, kind.get(), code, null, 0));
                yield close + 1;
            }
        };
    }

    /** Reads the literal block with {@code role} that must follow a result or run listing. */
    private int readExpected(int at, String language, Kind kind, String code, int after, String role) {
        int next = skipBlankLines(after);
        Optional<BlockAttributes> attributes = next < lines.size()
                ? BlockAttributes.parse(lines.get(next)) : Optional.empty();
        if (attributes.isEmpty() || !attributes.get().hasRole(role)) {
            error(at, kind.attribute() + " listing must be followed by a [." + role
                    + "] literal block (....) with the expected " + (kind == Kind.RESULT ? "rows" : "output"));
            return after;
        }
        int open = skipTitlesAndAttributes(next + 1);
        if (open >= lines.size() || !LITERAL_DELIMITER.matcher(lines.get(open)).matches()) {
            error(next, "[." + role + "] must be followed by a .... delimited literal block");
            return next + 1;
        }
        int close = closingDelimiter(open);
        if (close < 0) {
            error(open, "unterminated literal block: no closing " + lines.get(open) + " before the end of the file");
            return lines.size();
        }
        List<String> expected = lines.subList(open + 1, close);
        if (kind == Kind.RESULT && !validTable(expected, open + 1)) {
            return close + 1;
        }
        examples.add(new CheckedExample(file, at + 1, language, kind, code, String.join("\n", expected), open + 2));
        return close + 1;
    }

    private boolean validTable(List<String> table, int firstLine) {
        try {
            PsqlTable.parse(table);
            return true;
        } catch (MalformedTableException e) {
            error(firstLine + e.lineIndex(), "[.sql-result] is not psql's aligned format: " + e.getMessage());
            return false;
        }
    }

    /** A result shown after a setup or error listing would look checked without being compared. */
    private void refuseUncheckedResult(Kind kind, int after) {
        int next = skipBlankLines(after);
        if (next < lines.size() && BlockAttributes.parse(lines.get(next))
                .filter(a -> a.hasRole("sql-result")).isPresent()) {
            error(next, "a [.sql-result] block is only compared after a check=result listing, not after "
                    + kind.attribute());
        }
    }

    private int skipTitlesAndAttributes(int from) {
        int i = from;
        while (i < lines.size() && (BLOCK_TITLE.matcher(lines.get(i)).matches()
                || BlockAttributes.parse(lines.get(i)).isPresent())) {
            i++;
        }
        return i;
    }

    private int skipBlankLines(int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    /** Index of the line closing the block opened at {@code open}, or -1. */
    private int closingDelimiter(int open) {
        String closing = closingFor(lines.get(open));
        for (int i = open + 1; i < lines.size(); i++) {
            if (lines.get(i).equals(closing)) {
                return i;
            }
        }
        return -1;
    }

    /** A fenced block ({@code ```sql}) closes with a bare fence; the others with the same delimiter. */
    private static String closingFor(String delimiter) {
        return delimiter.startsWith("```") ? "```" : delimiter;
    }

    private String code(int from, int to) {
        List<String> code = lines.subList(from, to).stream()
                .map(l -> CALLOUTS.matcher(l).replaceFirst(""))
                .toList();
        return String.join("\n", code);
    }

    private void error(int index, String message) {
        problems.error(file, index + 1, message);
    }
}
