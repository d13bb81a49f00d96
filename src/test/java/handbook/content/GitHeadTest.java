package handbook.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link GitHead} against real git: the commit it reads from the files is the one {@code git rev-parse HEAD} names. */
class GitHeadTest {
    @TempDir
    Path dir;

    @Test
    void readsTheCommitOfABranchALooseRefAPackedRefADetachedHeadAndAWorktree() throws Exception {
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo.resolve("content"));
        git(repo, "init", "-q", "-b", "main");
        assertEquals(Optional.empty(), GitHead.commitOf(repo), "no commit yet");
        commit(repo, "content/a.adoc", "= A\n", "2026-01-02");
        assertEquals(Optional.of(git(repo, "rev-parse", "HEAD")), GitHead.commitOf(repo));

        git(repo, "pack-refs", "--all");
        assertEquals(Optional.of(git(repo, "rev-parse", "HEAD")), GitHead.commitOf(repo), "packed ref");

        commit(repo, "content/b.adoc", "= B\n", "2026-01-03");
        assertEquals(Optional.of(git(repo, "rev-parse", "HEAD")), GitHead.commitOf(repo), "loose ref after packing");

        git(repo, "checkout", "-q", "--detach", "HEAD~1");
        assertEquals(Optional.of(git(repo, "rev-parse", "HEAD")), GitHead.commitOf(repo), "detached");
        git(repo, "checkout", "-q", "main");

        Path tree = dir.resolve("tree");
        git(repo, "worktree", "add", "-q", "-b", "side", tree.toString());
        commit(tree, "content/c.adoc", "= C\n", "2026-01-04");
        assertEquals(Optional.of(git(tree, "rev-parse", "HEAD")), GitHead.commitOf(tree), "linked worktree");

        assertEquals(Optional.empty(), GitHead.commitOf(repo.resolve("content")), "not the top of a checkout");
    }

    @Test
    void historyAnswersFollowNewCommits() throws Exception {
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo.resolve("content"));
        git(repo, "init", "-q", "-b", "main");
        commit(repo, "content/a.adoc", "= A\n", "2026-01-02");
        assertEquals("2026-01-02", GitHistory.lastChanged(repo).get("content/a.adoc"));
        assertEquals("2026-01-02", GitHistory.newestCommit(repo).orElseThrow().toString());
        commit(repo, "content/a.adoc", "= A again\n", "2026-02-03");
        assertEquals("2026-02-03", GitHistory.lastChanged(repo).get("content/a.adoc"), "a new commit is a new answer");
        assertEquals("2026-02-03", GitHistory.newestCommit(repo).orElseThrow().toString());
    }

    private static void commit(Path repo, String file, String text, String date) throws Exception {
        Files.writeString(repo.resolve(file), text, StandardCharsets.UTF_8);
        git(repo, "add", file);
        String when = date + "T12:00:00Z";
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=T", "-c", "user.email=t@example.org",
                "commit", "-q", "-m", "x"));
        run(repo, command, List.of("GIT_AUTHOR_DATE=" + when, "GIT_COMMITTER_DATE=" + when));
    }

    private static String git(Path repo, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        return run(repo, command, List.of());
    }

    private static String run(Path dir, List<String> command, List<String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        env.forEach(e -> pb.environment().put(e.substring(0, e.indexOf('=')), e.substring(e.indexOf('=') + 1)));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(command + " failed: " + out);
        }
        return out;
    }
}
