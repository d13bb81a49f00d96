package handbook.book;

import handbook.build.BuildFailedException;
import handbook.build.FixtureProject;
import handbook.build.Problem;
import handbook.build.TestDirs;
import handbook.security.HostileCorpus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hostile chapter fails the book as it fails the site: the hostile corpus's markup group (raw HTML, script URLs,
 * includes of files outside {@code content/}) stops the book with an error at each probe's line, before anything
 * is converted, and no book is published. These fail in the parse, so no PDF is ever rendered here.
 */
class BookSafetyTest {
    private final Path tmp = TestDirs.fresh("book-safety");

    private List<Problem> failingBook(Path project) {
        Path out = project.resolve("target/book");
        BuildFailedException e = assertThrows(BuildFailedException.class,
                () -> new BookBuild(project, out, tmp.resolve("work"), tmp.resolve("no-fonts-needed")).run());
        assertFalse(Files.exists(out.resolve("handbook.pdf")) || Files.exists(out.resolve("handbook.epub")),
                "a failed book publishes nothing");
        return e.problems().stream().filter(Problem::isError).toList();
    }

    @Test
    void everyMarkupProbeFailsTheBookAtItsLine() {
        Path project = HostileCorpus.project("markup", tmp.resolve("markup"));
        List<Problem> errors = failingBook(project);
        List<String> missed = HostileCorpus.probes("markup").stream()
                .filter(p -> errors.stream().noneMatch(e -> e.file().equals(p.file())
                        && (p.first() == 0 || (e.line() >= p.first() && e.line() <= p.last()))))
                .map(HostileCorpus.Probe::toString).toList();
        assertTrue(missed.isEmpty(), "probes the book let through: " + missed + "\n"
                + errors.stream().map(Problem::format).toList());
    }

    @Test
    void anIncludeOutsideTheContentTreeIsRefusedByTheBooksOwnConverter() throws IOException {
        // Only an include: the source checks see nothing wrong, the include guard in the book's Asciidoctor does.
        Path project = FixtureProject.create(tmp.resolve("include"));
        Path chapter = project.resolve("content/alpha/first.adoc");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(chapter));
        lines.add("");
        lines.add("include::../../pom.xml[]");
        Files.write(chapter, lines);
        List<Problem> errors = failingBook(project);
        String file = project.relativize(chapter).toString().replace('\\', '/');
        assertEquals(List.of(file + ":" + lines.size() + ": error: include refused: alpha/../../pom.xml (the "
                + "target is outside content/)"), errors.stream().map(Problem::format).toList());
    }
}
