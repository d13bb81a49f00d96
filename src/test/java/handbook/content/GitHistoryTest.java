package handbook.content;

import handbook.build.FixtureProject;
import handbook.build.TestDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The content's dates are remembered only while HEAD names the same commit. */
class GitHistoryTest {
    @Test
    void datesAreReadAgainWhenHeadMovesToAnotherCommit() throws Exception {
        Path repo = TestDirs.fresh("content-dates");
        git(repo, null, "init", "--quiet");
        FixtureProject.write(repo.resolve("content/a.adoc"), "= A\n");
        git(repo, null, "add", ".");
        git(repo, "2026-01-02T12:00:00+00:00", "commit", "--quiet", "-m", "a");
        assertEquals(Map.of("content/a.adoc", "2026-01-02"), GitHistory.lastChanged(repo));

        FixtureProject.write(repo.resolve("content/a.adoc"), "= A, edited\n");
        assertEquals(Map.of("content/a.adoc", "2026-01-02"), GitHistory.lastChanged(repo), "an uncommitted edit changes no date");
        git(repo, null, "add", ".");
        git(repo, "2026-03-04T12:00:00+00:00", "commit", "--quiet", "-m", "a again");
        assertEquals(Map.of("content/a.adoc", "2026-03-04"), GitHistory.lastChanged(repo), "a new commit is read");

        git(repo, null, "reset", "--quiet", "--hard", "HEAD~1");
        assertEquals(Map.of("content/a.adoc", "2026-01-02"), GitHistory.lastChanged(repo), "HEAD moved back");
    }

    @Test
    void outsideAGitCheckoutThereAreNoDates(@TempDir Path dir) {
        FixtureProject.write(dir.resolve("content/a.adoc"), "= A\n");
        assertEquals(Map.of(), GitHistory.lastChanged(dir));
    }

    private static void git(Path repo, String date, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.org",
                "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(repo.toFile()).inheritIO();
        if (date != null) {
            pb.environment().put("GIT_COMMITTER_DATE", date);
            pb.environment().put("GIT_AUTHOR_DATE", date);
        }
        assertEquals(0, pb.start().waitFor(), "git " + String.join(" ", args));
    }
}
