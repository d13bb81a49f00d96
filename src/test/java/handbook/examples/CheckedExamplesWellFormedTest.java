package handbook.examples;

import handbook.build.Problem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every checked example in the content is well formed. A malformed one is left out of the runs, so without this
 * test a chapter could lose its checks silently; it needs neither PostgreSQL nor Python.
 */
class CheckedExamplesWellFormedTest {

    @Test
    void everyCheckedExampleInTheContentIsWellFormed() {
        List<String> problems = ChapterExamples.readAll(Path.of("content")).stream()
                .flatMap(chapter -> chapter.problems().stream())
                .map(Problem::format)
                .toList();
        assertEquals(List.of(), problems);
    }
}
