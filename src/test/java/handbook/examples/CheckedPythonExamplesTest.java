package handbook.examples;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Runs every chapter's {@code check=run} Python listings with {@code python3} and fails a chapter whose shown
 * output is not what the listing prints. Skipped, with a message, where {@code python3} is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckedPythonExamplesTest {

    private static final Path CONTENT = Path.of("content");
    private static final Path FIXTURES = Path.of("src/test/resources/examples");
    private static final Path WORK = Path.of("target/python-examples");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @BeforeAll
    void requirePython() {
        String version = PythonListingRunner.version();
        assumeTrue(version != null, "python3 is not on the PATH: the checked Python examples were not run");
        System.out.println("Checked Python examples run with " + version);
    }

    @TestFactory
    Stream<DynamicTest> everyChapterShowsWhatItsPythonPrints() {
        PythonListingRunner runner = new PythonListingRunner(WORK, TIMEOUT);
        return ChapterExamples.readAll(CONTENT).stream()
                .filter(chapter -> !chapter.examples("python").isEmpty())
                .map(chapter -> dynamicTest(chapter.file(), chapter.source("python"), () -> {
                    ChapterReport report = run(runner, chapter);
                    System.out.println(report.summary());
                    if (!report.failures().isEmpty()) {
                        fail(report.failureMessage());
                    }
                }));
    }

    @Test
    void wrongExamplesFailWithTheirLineAndBothOutputs() throws IOException, InterruptedException {
        String file = "src/test/resources/examples/python-examples.adoc";
        ChapterExamples chapter = ChapterExamples.read(FIXTURES.resolve("python-examples.adoc"));
        assertEquals(List.of(), chapter.problems());

        ChapterReport report = run(new PythonListingRunner(WORK, Duration.ofSeconds(2)), chapter);

        assertEquals(List.of(
                file + ":19: check=run: the output differs from the [.output] block at line 28\n"
                        + "  line 29: expected \"b 2\" but python3 printed \"b 3\"\n"
                        + "expected (the chapter):\n"
                        + "a 1\n"
                        + "b 2\n"
                        + "actual (python3; ready to paste):\n"
                        + "a 1\n"
                        + "b 3\n"
                        + "c 0",
                file + ":32: check=run: python3 exited with status 1:\n"
                        + "Traceback (most recent call last):\n"
                        + "  File \"<stdin>\", line 2, in <module>\n"
                        + "ZeroDivisionError: division by zero",
                file + ":43: check=run: python3 did not finish within 2 s"),
                report.failures());
        assertEquals(file + ": 4 checked Python listings, 1 passed", report.summaryLine());
    }

    private static ChapterReport run(PythonListingRunner runner, ChapterExamples chapter)
            throws IOException, InterruptedException {
        List<ListingOutcome> outcomes = new ArrayList<>();
        for (CheckedExample example : chapter.examples("python")) {
            outcomes.add(runner.run(example));
        }
        return new ChapterReport(chapter.file(), "Python", outcomes);
    }
}
