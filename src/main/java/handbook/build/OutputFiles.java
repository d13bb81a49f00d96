package handbook.build;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * How the build puts files into its working folder. Files that only pass through (the kept bake in the preview,
 * PGlite's pinned files) are hard links, which cost next to nothing whatever their size; so no file there is ever
 * written in place: whoever writes one replaces it ({@link #replace}), which leaves the file it was linked to as it was.
 */
public final class OutputFiles {
    private OutputFiles() {}

    /** {@code target} as a hard link to {@code source} (replacing any file there), or a copy where links are not possible. */
    public static void link(Path source, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Files.deleteIfExists(target);
        try {
            Files.createLink(target, source);
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING); // another file system, or no links there
        }
    }

    /** Fills {@code to} (created when missing) with links to the files of {@code from} ({@link #link}). */
    public static void linkTree(Path from, Path to) throws IOException {
        eachFile(from, to, OutputFiles::link);
    }

    /** Copies a folder's files into another (created when missing), replacing files of the same name. */
    public static void copyTree(Path from, Path to) throws IOException {
        eachFile(from, to, (source, target) -> Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING));
    }

    private interface FileAction {
        void apply(Path source, Path target) throws IOException;
    }

    /** Creates {@code from}'s folders under {@code to} and applies {@code action} to each file and its place there. */
    private static void eachFile(Path from, Path to, FileAction action) throws IOException {
        Files.createDirectories(to);
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                action.apply(file, to.resolve(from.relativize(file).toString()));
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Writes a file as a new file (the old one, if any, removed first), never through an existing one. */
    public static void replace(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }
}
