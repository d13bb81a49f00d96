package handbook.lint;

import handbook.build.Problems;
import handbook.content.ContentLimits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads a source file as UTF-8 lines; a file that is not UTF-8 is a problem, not a crash. A line longer than
 * {@link ContentLimits#MAX_LINE_CHARS} reads as empty (the limit check reports it): every rule then works on bounded
 * lines, so the lint's time is linear in the file however its regular expressions behave on one line.
 */
public final class SourceFiles {
    private SourceFiles() {}

    public static Optional<List<String>> lines(Path projectDir, String relative, Problems problems) {
        try {
            return Optional.of(Files.readAllLines(projectDir.resolve(relative), StandardCharsets.UTF_8).stream()
                    .map(line -> line.length() > ContentLimits.MAX_LINE_CHARS ? "" : line).toList());
        } catch (MalformedInputException e) {
            problems.error(relative, 0, "the file is not valid UTF-8");
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
