package handbook.bake;

import handbook.content.GitHistory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The content's last-changed dates ({@link GitHistory#lastChanged}, a {@code git log} of the whole content history:
 * tens of milliseconds) for the engine, kept for the preview's bakes of a few documents while the project's
 * {@code HEAD} names the same commit: the dates depend on nothing else. A full bake always reads them afresh.
 */
final class ContentDates {
    private Path project;
    private String head;
    private Map<String, String> dates = Map.of();

    /** The dates of {@code projectDir}; {@code reuse}: the ones read before, if {@code HEAD} has not moved since. */
    Map<String, String> of(Path projectDir, boolean reuse) {
        String now = head(projectDir); // read before the log: a commit in between makes the next call read again
        if (!reuse || now == null || !now.equals(head) || !projectDir.equals(project)) {
            dates = GitHistory.lastChanged(projectDir);
            project = projectDir;
            head = now;
        }
        return dates;
    }

    /** The commit {@code HEAD} names, or null (not a git checkout, no git, no commit). */
    private static String head(Path projectDir) {
        ProcessBuilder pb = new ProcessBuilder("git", "rev-parse", "--verify", "--quiet", "HEAD")
                .directory(projectDir.toFile());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            Process p = pb.start();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            }
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && !out.isEmpty() ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
