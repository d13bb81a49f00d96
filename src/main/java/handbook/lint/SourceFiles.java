package handbook.lint;

import handbook.build.Problems;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads a source file as UTF-8 lines; a file that is not UTF-8 is a problem, not a crash. */
public final class SourceFiles {
    private SourceFiles() {}

    public static Optional<List<String>> lines(Path projectDir, String relative, Problems problems) {
        try {
            return Optional.of(Files.readAllLines(projectDir.resolve(relative), StandardCharsets.UTF_8));
        } catch (MalformedInputException e) {
            problems.error(relative, 0, "the file is not valid UTF-8");
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
