package handbook.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * When each content file last changed, from the git history (the committer date of the last commit that touched it),
 * so a page can say "last updated" without a build timestamp: the same commit always gives the same dates.
 * Outside a git checkout, or without git, there are simply no dates.
 */
public final class GitHistory {
    private GitHistory() {}

    /**
     * The committer date of the newest commit ({@code HEAD}): the build's idea of "now" where a date matters
     * (stale check dates), so that the same commit always gives the same result. Empty outside a git checkout.
     */
    public static java.util.Optional<java.time.LocalDate> newestCommit(Path projectDir) {
        ProcessBuilder pb = new ProcessBuilder("git", "log", "-1", "--format=%cs", "HEAD").directory(projectDir.toFile());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            Process p = pb.start();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            }
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0 || out.isEmpty()) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(java.time.LocalDate.parse(out));
        } catch (IOException | java.time.format.DateTimeParseException e) {
            return java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        }
    }

    /** Path relative to the project → ISO date ({@code 2026-11-26}); empty when unknown. */
    public static Map<String, String> lastChanged(Path projectDir) {
        Map<String, String> dates = new HashMap<>();
        ProcessBuilder pb = new ProcessBuilder("git", "-c", "core.quotepath=off", "log", "--format=@%cs",
                "--name-only", "--", "content").directory(projectDir.toFile()).redirectErrorStream(false);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            Process p = pb.start();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return Map.of();
            }
            String date = null;
            for (String line : out.split("\n")) {
                if (line.startsWith("@")) {
                    date = line.substring(1).strip();
                } else if (!line.isBlank() && date != null) {
                    dates.putIfAbsent(line.strip(), date); // newest first: the first date seen is the last change
                }
            }
        } catch (IOException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
        return dates;
    }
}
