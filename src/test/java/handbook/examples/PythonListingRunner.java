package handbook.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a {@code check=run} Python listing with {@code python3} and compares its standard output with the chapter's
 * {@code [.output]} block, ignoring trailing spaces on each line and trailing blank lines. The interpreter runs in
 * isolated mode ({@code -I}: no {@code PYTHON*} variables, no user site-packages, no current directory on the path)
 * with UTF-8 I/O, reading the listing from standard input, in a scratch directory, so that the result depends on the listing and the standard library alone.
 */
final class PythonListingRunner {

    private final Path workDirectory;
    private final Duration timeout;

    /**
     * @param workDirectory where listings are written and run (created when missing)
     * @param timeout       how long a listing may run before it is killed and fails
     */
    PythonListingRunner(Path workDirectory, Duration timeout) {
        this.workDirectory = workDirectory;
        this.timeout = timeout;
    }

    /** {@code Python 3.11.7}, or null when {@code python3} is not on the PATH. */
    static String version() {
        try {
            Process process = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    ListingOutcome run(CheckedExample example) throws IOException, InterruptedException {
        Files.createDirectories(workDirectory);
        String name = example.file().replaceAll("[^A-Za-z0-9]+", "_") + "_" + example.line();
        Path stdout = workDirectory.resolve(name + ".out");
        Path stderr = workDirectory.resolve(name + ".err");
        // The code goes in on stdin, so a traceback says File "<stdin>", line N (N counted within the listing).
        Process process = new ProcessBuilder("python3", "-I", "-X", "utf8", "-")
                .directory(workDirectory.toFile())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write((example.code() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            return ListingOutcome.failed(example, "python3 did not finish within " + timeout.toSeconds() + " s");
        }
        if (process.exitValue() != 0) {
            return ListingOutcome.failed(example, "python3 exited with status " + process.exitValue() + ":\n"
                    + lastLines(Files.readString(stderr), 8));
        }
        return compare(example, Files.readString(stdout));
    }

    private static ListingOutcome compare(CheckedExample example, String output) {
        List<String> expected = normalised(example.expected());
        List<String> actual = normalised(output);
        if (expected.equals(actual)) {
            return ListingOutcome.passed(example);
        }
        int line = 0;
        while (line < Math.min(expected.size(), actual.size()) && expected.get(line).equals(actual.get(line))) {
            line++;
        }
        String difference = "line " + (example.expectedLine() + line) + ": expected "
                + (line < expected.size() ? "\"" + expected.get(line) + "\"" : "no more output")
                + " but python3 printed " + (line < actual.size() ? "\"" + actual.get(line) + "\"" : "nothing more");
        return ListingOutcome.failed(example, "the output differs from the [.output] block at line "
                + example.expectedLine() + "\n  " + difference
                + "\nexpected (the chapter):\n" + String.join("\n", expected)
                + "\nactual (python3; ready to paste):\n" + String.join("\n", actual));
    }

    /** Lines without trailing spaces, trailing blank lines dropped. */
    static List<String> normalised(String text) {
        List<String> lines = new ArrayList<>(text.lines().map(String::stripTrailing).toList());
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static String lastLines(String text, int count) {
        List<String> lines = text.strip().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
    }
}
