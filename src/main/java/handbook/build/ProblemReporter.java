package handbook.build;

import java.io.PrintStream;
import java.util.List;

/** Prints problems for people, and for GitHub Actions as annotations when running there. */
public final class ProblemReporter {
    private final PrintStream out;
    private final boolean githubActions;

    public ProblemReporter(PrintStream out, boolean githubActions) {
        this.out = out;
        this.githubActions = githubActions;
    }

    public static ProblemReporter forEnvironment(PrintStream out) {
        return new ProblemReporter(out, "true".equals(System.getenv("GITHUB_ACTIONS")));
    }

    public void report(List<Problem> problems) {
        for (Problem p : problems) {
            out.println(p.format());
            if (githubActions) {
                out.println(p.githubAnnotation());
            }
        }
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        if (!problems.isEmpty()) {
            out.println(errors + " error(s), " + warnings + " warning(s)");
        }
    }
}
