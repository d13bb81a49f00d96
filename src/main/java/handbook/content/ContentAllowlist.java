package handbook.content;

import handbook.build.Problems;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The content tree holds only what the handbook uses; everything else fails the build, every offending path listed.
 * Allowed: {@code .adoc} pages at the top, parts with their chapters, glossary terms, partials in {@code _*} folders,
 * and images of the types below in {@code images/} folders. Refused: any other file type (a {@code .yml} would reach
 * JBake's YAML engine, an {@code .html} would be published as a page), symlinks anywhere (files and folders), hidden
 * files, and files whose published path would collide with a site asset or a file the build generates.
 *
 * <p>This is checked before anything else reads the tree: a refused file is never opened.
 */
public final class ContentAllowlist {
    public static final Set<String> IMAGE_TYPES = Set.of("svg", "png", "jpg", "jpeg", "gif", "webp");
    /** Site paths the build writes itself; content must not produce them. */
    public static final Set<String> GENERATED = Set.of("glossary.html", "glossary.json", "glossary-flashcards.csv",
            "search-index.json", "search-store.json", "sitemap.xml", "robots.txt", "js/lunr.min.js");
    /** Folders the build writes into; a part or images folder of that name would mix content into them. */
    private static final Set<String> GENERATED_DIRS = Set.of("search-text", "js", "css", "data", "pglite", "runner");

    private ContentAllowlist() {}

    /** Adds an error for every file or folder under {@code content/} that is not allowed. */
    public static void check(Path projectDir, Problems problems) {
        Path content = projectDir.resolve("content");
        if (!Files.isDirectory(content, LinkOption.NOFOLLOW_LINKS)) {
            return; // the scanner reports a missing content folder
        }
        Set<String> assets = assetPaths(projectDir.resolve("assets"));
        List<String[]> refused = new ArrayList<>();
        try {
            Files.walkFileTree(content, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(content)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String why = refusedFolder(content.relativize(dir));
                    if (why != null) {
                        refused.add(new String[] {rel(projectDir, dir), why});
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String why = attrs.isSymbolicLink() ? "symbolic links are not allowed in content/"
                            : !attrs.isRegularFile() ? "only regular files are allowed in content/"
                            : refusedFile(content.relativize(file), assets);
                    if (why != null) {
                        refused.add(new String[] {rel(projectDir, file), why});
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        refused.forEach(r -> problems.error(r[0], 0, r[1]));
    }

    /** Why a folder (relative to content/) is refused, or null. Symlinked folders are reported as files. */
    private static String refusedFolder(Path dir) {
        String name = dir.getFileName().toString();
        if (name.startsWith(".")) {
            return "hidden folders are not allowed in content/";
        }
        if (dir.getNameCount() == 1 && GENERATED_DIRS.contains(name)) {
            return "'" + name + "/' is where the build writes site files; choose another folder name";
        }
        return null;
    }

    /** Why a regular file (relative to content/) is refused, or null when the tree may hold it. */
    public static String refusedFile(Path file, Set<String> assets) {
        String name = file.getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        String parent = file.getParent() == null ? "" : file.getParent().getFileName().toString();
        int depth = file.getNameCount();
        if (name.startsWith(".")) {
            return "hidden files are not allowed in content/";
        }
        if (parent.equals("images") && depth <= 3) {
            if (IMAGE_TYPES.contains(ext.toLowerCase(Locale.ROOT)) && !IMAGE_TYPES.contains(ext)) {
                return "image file extensions must be lower case";
            }
            if (!IMAGE_TYPES.contains(ext)) {
                return "images/ folders hold only images (" + String.join(", ", new TreeSet<>(IMAGE_TYPES))
                        + "); this file type is not allowed";
            }
        } else if (!ext.equals("adoc")) {
            return "only .adoc files (and images in images/ folders) are allowed in content/; "
                    + (ext.isEmpty() ? "files without an extension" : "'." + ext + "' files") + " are never built or published";
        } else if (depth > 2 && !file.getName(0).toString().startsWith(ContentScanner.PARTIALS_PREFIX)) {
            return ".adoc files live at the top of content/, in a part folder or in a _partials folder";
        }
        String published = file.toString().replace('\\', '/');
        if (ext.equals("adoc") && !file.getName(0).toString().startsWith(ContentScanner.PARTIALS_PREFIX)
                && !file.getName(0).toString().equals(ContentScanner.GLOSSARY_FOLDER)) {
            published = published.substring(0, published.length() - ".adoc".length()) + ".html";
        }
        if (GENERATED.contains(published) || assets.contains(published)) {
            return "it would be published as " + published + ", which the site already has";
        }
        return null;
    }

    private static Set<String> assetPaths(Path assets) {
        Set<String> paths = new TreeSet<>();
        if (!Files.isDirectory(assets)) {
            return paths;
        }
        try (Stream<Path> s = Files.walk(assets)) {
            s.filter(Files::isRegularFile).forEach(p -> paths.add(assets.relativize(p).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return paths;
    }

    private static String rel(Path projectDir, Path path) {
        return projectDir.relativize(path).toString().replace('\\', '/');
    }
}
