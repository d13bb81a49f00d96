package handbook.build;

import java.util.ArrayList;
import java.util.List;

/** Collects problems from every stage so that all of them are reported at once. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public void add(Problem problem) {
        list.add(problem);
    }

    public void error(String file, int line, String message) {
        add(Problem.error(file, line, message));
    }

    public void warning(String file, int line, String message) {
        add(Problem.warning(file, line, message));
    }

    public void addAll(List<Problem> problems) {
        list.addAll(problems);
    }

    public boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    public List<Problem> all() {
        return list.stream().sorted(Problem.ORDER).distinct().toList();
    }

    public List<Problem> errors() {
        return all().stream().filter(Problem::isError).toList();
    }

    /** Stops the build when any error was collected, carrying every problem found so far. */
    public void failIfErrors(String stage) {
        if (hasErrors()) {
            throw new BuildFailedException(stage, all());
        }
    }
}
