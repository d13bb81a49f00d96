package handbook.examples;

import handbook.build.Problem;
import handbook.build.Problems;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One chapter's checked examples and the problems found while reading them.
 *
 * @param file     the chapter's path as the repository names it, e.g. {@code content/core/advanced-sql.adoc}
 * @param path     where it is read from
 * @param examples its checked listings, in document order
 * @param problems malformed checked examples (left out of {@code examples})
 */
record ChapterExamples(String file, Path path, List<CheckedExample> examples, List<Problem> problems) {

    /** Reads every {@code .adoc} file under {@code root} (a path relative to the repository root), sorted by path. */
    static List<ChapterExamples> readAll(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("no content directory at " + root.toAbsolutePath());
        }
        try (Stream<Path> files = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
            return files.filter(p -> p.toString().endsWith(".adoc") && Files.isRegularFile(p))
                    .sorted()
                    .map(ChapterExamples::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ChapterExamples read(Path path) {
        String file = path.toString().replace('\\', '/');
        Problems problems = new Problems();
        try {
            List<CheckedExample> examples = CheckedExampleExtractor.extract(file, Files.readAllLines(path), problems);
            return new ChapterExamples(file, path, examples, problems.all());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The examples of one language ({@code sql}, {@code python}). */
    List<CheckedExample> examples(String language) {
        return examples.stream().filter(e -> e.language().equals(language)).toList();
    }

    /** A link to the chapter's first listing of {@code language}, so an IDE can jump from the test to it. */
    URI source(String language) {
        int line = examples(language).stream().mapToInt(CheckedExample::line).findFirst().orElse(1);
        return URI.create(path.toAbsolutePath().toUri() + "?line=" + line);
    }
}
