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
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;

/**
 * Assembles the tree JBake bakes: the project's content (without the glossary's term files, which are not pages),
 * templates, assets and {@code jbake.properties}, plus generated files such as the navigation data and the glossary
 * page. The project's own folders are never written to.
 */
public final class Staging {
    private Staging() {}

    /**
     * @param generated files to add, by path relative to the stage root (e.g. {@code data/navigation.yml})
     */
    public static Stage assemble(Path projectDir, Path stageDir, Map<String, String> generated) {
        try {
            deleteTree(stageDir);
            Files.createDirectories(stageDir);
            copyTree(projectDir.resolve("content"), stageDir.resolve("content"), "glossary");
            copyTree(projectDir.resolve("templates"), stageDir.resolve("templates"), null);
            copyTree(projectDir.resolve("assets"), stageDir.resolve("assets"), null);
            Files.createDirectories(stageDir.resolve("data"));
            Path props = projectDir.resolve("jbake.properties");
            if (Files.exists(props)) {
                Files.copy(props, stageDir.resolve("jbake.properties"));
            } else {
                Files.writeString(stageDir.resolve("jbake.properties"), "");
            }
            for (Map.Entry<String, String> e : new TreeMap<>(generated).entrySet()) {
                Path target = stageDir.resolve(e.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, e.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Stage(projectDir, stageDir.toAbsolutePath().normalize(), projectDir.resolve("content"));
    }

    /**
     * Copies a folder; {@code skipTopLevel}, when set, names a direct child folder to leave out, and marks the content
     * tree: only the files {@link ContentAllowlist} allows are staged (never symlinks), so no other JBake engine or
     * asset copy can see anything else even if a check were skipped.
     */
    static void copyTree(Path from, Path to, String skipTopLevel) throws IOException {
        if (!Files.isDirectory(from)) {
            Files.createDirectories(to);
            return;
        }
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (skipTopLevel != null && dir.getParent() != null && dir.getParent().equals(from)
                        && dir.getFileName().toString().equals(skipTopLevel)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Path target = to.resolve(from.relativize(dir).toString());
                Files.createDirectories(target);
                if (dir.getFileName().toString().startsWith(ContentScanner.PARTIALS_PREFIX)) {
                    Files.writeString(target.resolve(".jbakeignore"), ""); // included by pages, not pages themselves
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile() && (skipTopLevel == null
                        || ContentAllowlist.refusedFile(from.relativize(file), java.util.Set.of()) == null)) {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                }
                return FileVisitResult.CONTINUE;
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
