package handbook.lint;

import handbook.build.Problem;
import handbook.build.ProblemReporter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Lint problems show on the pull request's diff through GitHub's workflow commands. */
class GithubAnnotationTest {

    @Test
    void formatsErrorsAndWarningsAsWorkflowCommands() {
        assertEquals("::error file=content/x.adoc,line=12::message", Problem.error("content/x.adoc", 12, "message").githubAnnotation());
        assertEquals("::warning file=content/x.adoc,line=1::short", Problem.warning("content/x.adoc", 1, "short").githubAnnotation());
        assertEquals("::error file=content/x.adoc::whole file", Problem.error("content/x.adoc", 0, "whole file").githubAnnotation());
        assertEquals("::error file=content/x.adoc,line=3::100%25 sure%0Atwo lines",
                Problem.error("content/x.adoc", 3, "100% sure\ntwo lines").githubAnnotation());
    }

    @Test
    void theReporterPrintsAnnotationsOnlyOnGithubActions() {
        List<Problem> problems = List.of(Problem.error("content/x.adoc", 12, "message"));
        assertEquals("content/x.adoc:12: error: message\n::error file=content/x.adoc,line=12::message\n1 error(s), 0 warning(s)\n",
                report(problems, true));
        assertEquals("content/x.adoc:12: error: message\n1 error(s), 0 warning(s)\n", report(problems, false));
    }

    private static String report(List<Problem> problems, boolean github) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            new ProblemReporter(out, github).report(problems);
        }
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
