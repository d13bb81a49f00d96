package handbook.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The commit a checkout's HEAD is on, read from the files git keeps ({@code .git/HEAD}, the branch's ref file or
 * {@code packed-refs}; a linked worktree's {@code .git} file and {@code commondir} followed) without starting git.
 * Empty whenever that is not plainly readable (not the top of a checkout, a shallow clone, an unusual layout):
 * callers then ask git itself.
 */
public final class GitHead {
    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");

    private GitHead() {}

    public static Optional<String> commitOf(Path projectDir) {
        try {
            Path dotGit = projectDir.resolve(".git");
            Path gitDir;
            if (Files.isRegularFile(dotGit)) {
                String pointer = read(dotGit);
                if (!pointer.startsWith("gitdir:")) {
                    return Optional.empty();
                }
                gitDir = projectDir.resolve(pointer.substring("gitdir:".length()).strip());
            } else if (Files.isDirectory(dotGit)) {
                gitDir = dotGit;
            } else {
                return Optional.empty();
            }
            Path common = Files.isRegularFile(gitDir.resolve("commondir"))
                    ? gitDir.resolve(read(gitDir.resolve("commondir"))).normalize() : gitDir;
            if (Files.exists(common.resolve("shallow")) || Files.exists(common.resolve("info/grafts"))) {
                return Optional.empty(); // the history can change under the same commit
            }
            String head = read(gitDir.resolve("HEAD"));
            if (COMMIT.matcher(head).matches()) {
                return Optional.of(head); // detached
            }
            if (!head.startsWith("ref: ")) {
                return Optional.empty();
            }
            String ref = head.substring("ref: ".length()).strip();
            if (!ref.startsWith("refs/") || ref.contains("..")) {
                return Optional.empty();
            }
            for (Path dir : List.of(gitDir, common)) {
                Path file = dir.resolve(ref);
                if (Files.isRegularFile(file)) {
                    String id = read(file);
                    return COMMIT.matcher(id).matches() ? Optional.of(id) : Optional.empty();
                }
            }
            Path packed = common.resolve("packed-refs");
            if (Files.isRegularFile(packed)) {
                for (String line : Files.readAllLines(packed, StandardCharsets.UTF_8)) {
                    int space = line.indexOf(' ');
                    if (space > 0 && line.substring(space + 1).equals(ref) && COMMIT.matcher(line.substring(0, space)).matches()) {
                        return Optional.of(line.substring(0, space));
                    }
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).strip();
    }
}
