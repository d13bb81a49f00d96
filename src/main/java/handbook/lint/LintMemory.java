package handbook.lint;

import handbook.build.ContentHash;
import handbook.build.Problem;
import handbook.build.Problems;
import handbook.glossary.Glossary;
import handbook.glossary.Term;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The preview's incremental lint: each file's problems, kept with what they were computed from — the file's text
 * and the "world" every rule may look at besides it: the glossary's ids, names and anchors, which files exist under
 * {@code content/} and {@code assets/}, and the section ids of every page (the link targets). A file is linted
 * again when its text or that world changed; a prose edit of one chapter lints that chapter alone. The section ids
 * of a page are themselves kept by the page's text. One per preview, used by one lint at a time.
 */
public final class LintMemory {
    private record Kept(String text, String world, List<Problem> problems) {}

    private final Map<String, Kept> files = new HashMap<>();
    private final Map<String, Map.Entry<String, Optional<SectionIds>>> ids = new HashMap<>();
    private String world = "";
    private int linted;

    /** Computes the world of this lint run; call once per run, before {@link #problemsOf}. */
    void startRun(Path projectDir, Glossary glossary) {
        StringBuilder sb = new StringBuilder();
        for (Term t : glossary.terms()) {
            sb.append("term ").append(t.id()).append('\u0000').append(t.anchor()).append('\u0000')
                    .append(Glossary.letterOf(t)).append('\u0000').append(t.names()).append('\n');
        }
        for (String root : List.of("content", "assets")) {
            for (String file : files(projectDir.resolve(root), projectDir)) {
                sb.append("file ").append(file).append('\n');
                if (file.startsWith("content/") && file.endsWith(".adoc")) {
                    sb.append("ids ").append(idsOf(projectDir, file)).append('\n');
                }
            }
        }
        world = ContentHash.sha256(sb.toString());
        linted = 0;
    }

    /**
     * The problems of one file: kept ones when its text and the world are unchanged, otherwise those {@code lint}
     * reports into the given {@link Problems} (and kept for next time).
     */
    List<Problem> problemsOf(Path projectDir, String file, java.util.function.Consumer<Problems> lint) {
        String text = read(projectDir, file);
        Kept kept = files.get(file);
        if (kept != null && kept.text().equals(text) && kept.world().equals(world)) {
            return kept.problems();
        }
        Problems problems = new Problems();
        lint.accept(problems);
        files.put(file, new Kept(text, world, List.copyOf(problems.all())));
        linted++;
        return problems.all();
    }

    /** How many files the last run linted (the others' problems were kept): for the tests. */
    public int lintedInLastRun() {
        return linted;
    }

    private Optional<SectionIds> idsOf(Path projectDir, String file) {
        String hash = ContentHash.sha256(read(projectDir, file));
        Map.Entry<String, Optional<SectionIds>> kept = ids.get(file);
        if (kept != null && kept.getKey().equals(hash)) {
            return kept.getValue();
        }
        Supplier<Optional<SectionIds>> scan = () -> SourceFiles.lines(projectDir, file, new Problems())
                .map(SectionIds::ofSource);
        Optional<SectionIds> value = scan.get();
        ids.put(file, Map.entry(hash, value));
        return value;
    }

    /** The file's text as a string of its bytes (not necessarily UTF-8: the lint reports that itself). */
    private static String read(Path projectDir, String file) {
        try {
            Path p = projectDir.resolve(file);
            return Files.isRegularFile(p) ? new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> files(Path root, Path projectDir) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(f -> projectDir.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
