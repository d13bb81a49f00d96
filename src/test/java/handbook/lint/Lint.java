package handbook.lint;

import handbook.build.Problem;
import handbook.build.Problems;

import java.util.List;
import java.util.function.Consumer;

/** Test helper: runs a rule on inline lines and returns its problems as {@code file:line: severity: message}. */
final class Lint {
    static final String FILE = "content/core/x.adoc";

    private Lint() {}

    static List<String> run(Consumer<Problems> rule) {
        Problems problems = new Problems();
        rule.accept(problems);
        return problems.all().stream().map(Problem::format).toList();
    }
}
