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
    /**
     * Answers already given, by question and commit: the history up to a commit never changes, so while HEAD stays
     * on the same commit (an author editing in the preview) the answers are reused instead of running git again.
     */
    private static final Map<String, Object> KNOWN = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
                    return size() > 32;
                }
            });

    private GitHistory() {}

    @SuppressWarnings("unchecked")
    private static <T> T remembered(String question, Path projectDir, java.util.function.Supplier<T> ask) {
        java.util.Optional<String> head = GitHead.commitOf(projectDir);
        if (head.isEmpty()) {
            return ask.get(); // not a plain checkout (or unreadable): ask git every time
        }
        String key = question + '\u0000' + projectDir.toAbsolutePath().normalize() + '\u0000' + head.get();
        Object known = KNOWN.get(key);
        if (known == null) {
            known = ask.get();
            KNOWN.put(key, known);
        }
        return (T) known;
    }

    /**
     * The committer date of the newest commit ({@code HEAD}): the build's idea of "now" where a date matters
     * (stale check dates), so that the same commit always gives the same result. Empty outside a git checkout.
     */
    public static java.util.Optional<java.time.LocalDate> newestCommit(Path projectDir) {
        return remembered("newestCommit", projectDir, () -> askNewestCommit(projectDir));
    }

    private static java.util.Optional<java.time.LocalDate> askNewestCommit(Path projectDir) {
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
        return remembered("lastChanged", projectDir, () -> Map.copyOf(askLastChanged(projectDir)));
    }

    private static Map<String, String> askLastChanged(Path projectDir) {
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
