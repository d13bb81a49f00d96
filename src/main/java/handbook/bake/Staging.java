package handbook.bake;

import handbook.content.ContentAllowlist;
import handbook.content.ContentScanner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Assembles the tree JBake bakes: the project's content (without the glossary's term files, which are not pages),
 * templates, assets and {@code jbake.properties}, plus generated files such as the navigation data and the glossary
 * page. The project's own folders are never written to. {@link #assemble} writes the tree afresh; {@link #sync}
 * (the preview) brings a tree staged before up to date and says which files changed.
 */
public final class Staging {
    private Staging() {}

    /** A staged tree and the files (stage-relative, {@code /}-separated) that differ from the tree staged before. */
    public record Synced(Stage stage, Set<String> changed) {}

    /**
     * @param generated files to add, by path relative to the stage root (e.g. {@code data/navigation.yml})
     */
    public static Stage assemble(Path projectDir, Path stageDir, Map<String, String> generated) {
        try {
            deleteTree(stageDir);
            Files.createDirectories(stageDir);
            for (Map.Entry<String, byte[]> e : plan(projectDir, generated).entrySet()) {
                Path target = stageDir.resolve(e.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stage(projectDir, stageDir);
    }

    /**
     * Makes {@code stageDir} the tree {@link #assemble} would write, touching only the files that differ (written,
     * added or deleted), and returns those: what a rebuild has to look at.
     */
    public static Synced sync(Path projectDir, Path stageDir, Map<String, String> generated) {
        try {
            return syncTo(projectDir, stageDir, plan(projectDir, generated));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes {@code stageDir} hold exactly {@code plan}'s files, comparing with what is on disk. */
    static Synced syncTo(Path projectDir, Path stageDir, Map<String, byte[]> plan) {
        Set<String> changed = new TreeSet<>();
        try {
            Files.createDirectories(stageDir);
            try (Stream<Path> files = Files.walk(stageDir)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String rel = stageDir.relativize(f).toString().replace('\\', '/');
                    if (!plan.containsKey(rel)) {
                        Files.delete(f);
                        changed.add(rel);
                    }
                }
            }
            for (Map.Entry<String, byte[]> e : plan.entrySet()) {
                Path target = stageDir.resolve(e.getKey());
                if (!Files.isRegularFile(target) || !Arrays.equals(Files.readAllBytes(target), e.getValue())) {
                    Files.createDirectories(target.getParent());
                    Files.write(target, e.getValue());
                    changed.add(e.getKey());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Synced(stage(projectDir, stageDir), changed);
    }

    /**
     * Makes {@code stageDir}, which holds exactly {@code before} (the preview's own stage, written by the last sync),
     * hold {@code plan}, comparing in memory: only the files that differ are written or deleted.
     */
    static Synced syncTo(Path projectDir, Path stageDir, Map<String, byte[]> plan, Map<String, byte[]> before) {
        Set<String> changed = new TreeSet<>();
        try {
            for (String rel : before.keySet()) {
                if (!plan.containsKey(rel)) {
                    Files.deleteIfExists(stageDir.resolve(rel));
                    changed.add(rel);
                }
            }
            for (Map.Entry<String, byte[]> e : plan.entrySet()) {
                byte[] old = before.get(e.getKey());
                if (old == null || !Arrays.equals(old, e.getValue())) {
                    Path target = stageDir.resolve(e.getKey());
                    Files.createDirectories(target.getParent());
                    Files.write(target, e.getValue());
                    changed.add(e.getKey());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Synced(stage(projectDir, stageDir), changed);
    }

    private static Stage stage(Path projectDir, Path stageDir) {
        return new Stage(projectDir, stageDir.toAbsolutePath().normalize(), projectDir.resolve("content"));
    }

    /** The staged tree's files by stage-relative path, with their bytes. */
    private static Map<String, byte[]> plan(Path projectDir, Map<String, String> generated) throws IOException {
        Map<String, byte[]> files = sourcePlan(projectDir);
        files.putAll(generatedPlan(generated));
        return files;
    }

    /** The project's files of the staged tree (content, templates, assets, {@code jbake.properties}), read afresh. */
    static Map<String, byte[]> sourcePlan(Path projectDir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        collect(projectDir.resolve("content"), "content", GLOSSARY, files);
        collect(projectDir.resolve("templates"), "templates", null, files);
        collect(projectDir.resolve("assets"), "assets", null, files);
        files.put(PROPERTIES, properties(projectDir));
        return files;
    }

    /** The generated files of the staged tree, as bytes. */
    static Map<String, byte[]> generatedPlan(Map<String, String> generated) {
        Map<String, byte[]> files = new TreeMap<>();
        generated.forEach((path, text) -> files.put(path, text.getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    static final String PROPERTIES = "jbake.properties";
    /** The content folder's sub-folder that is not staged (the glossary's terms: not pages). */
    static final String GLOSSARY = "glossary";

    static byte[] properties(Path projectDir) throws IOException {
        Path props = projectDir.resolve(PROPERTIES);
        return Files.exists(props) ? Files.readAllBytes(props) : new byte[0];
    }

    /** True when a content file (path relative to the content folder) is one {@link #sourcePlan} stages. */
    static boolean stagedContentFile(Path relativeToContent) {
        return ContentAllowlist.refusedFile(relativeToContent, java.util.Set.of()) == null;
    }

    /**
     * Collects a folder; {@code skipTopLevel}, when set, names a direct child folder to leave out, and marks the
     * content tree: only the files {@link ContentAllowlist} allows are staged (never symlinks), so no other JBake
     * engine or asset copy can see anything else even if a check were skipped.
     */
    private static void collect(Path from, String to, String skipTopLevel, Map<String, byte[]> files) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (skipTopLevel != null && dir.getParent() != null && dir.getParent().equals(from)
                        && dir.getFileName().toString().equals(skipTopLevel)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (dir.getFileName().toString().startsWith(ContentScanner.PARTIALS_PREFIX)) {
                    files.put(target(dir.resolve(".jbakeignore")), new byte[0]); // included by pages, not pages themselves
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile() && (skipTopLevel == null || stagedContentFile(from.relativize(file)))) {
                    files.put(target(file), Files.readAllBytes(file));
                }
                return FileVisitResult.CONTINUE;
            }

            private String target(Path file) {
                return to + "/" + from.relativize(file).toString().replace('\\', '/');
            }
        });
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
