package handbook.build;

import java.util.Comparator;

/**
 * One thing wrong (or worth a warning) in the input, located by file and line.
 *
 * @param file the path relative to the repository root, e.g. {@code content/core/joins.adoc}
 * @param line 1-based line, or 0 when the problem concerns the whole file
 */
public record Problem(Severity severity, String file, int line, String message) {

    public enum Severity { ERROR, WARNING }

    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line).thenComparing(Problem::message);

    public static Problem error(String file, int line, String message) {
        return new Problem(Severity.ERROR, file, line, message);
    }

    public static Problem warning(String file, int line, String message) {
        return new Problem(Severity.WARNING, file, line, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code content/a.adoc:12: error: message}, the form editors and CI logs recognise. */
    public String format() {
        return file + (line > 0 ? ":" + line : "") + ": " + severity.name().toLowerCase() + ": " + message;
    }

    /** A GitHub Actions workflow command, so the problem shows on the pull request's diff. */
    public String githubAnnotation() {
        String kind = isError() ? "error" : "warning";
        String location = "file=" + file + (line > 0 ? ",line=" + line : "");
        return "::" + kind + " " + location + "::" + message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }
}
