package handbook.build;

import java.util.List;

/** The build stopped: {@link #problems()} holds every problem found, errors and warnings. */
public final class BuildFailedException extends RuntimeException {
    private final transient List<Problem> problems;

    public BuildFailedException(String stage, List<Problem> problems) {
        super(stage + " failed with " + problems.stream().filter(Problem::isError).count() + " error(s)");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
