package handbook.bake;

import handbook.build.Problem;
import handbook.content.ContentScanner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The preview's bake: keeps the last good bake's output and, when only a few documents of the content changed,
 * bakes just those — with the same JBake, engine, templates and data, from a small stage holding only them (and the
 * partials they may include), kept between such bakes and rewritten only where it differs, and with JBake's setup
 * kept too ({@link DocumentOven}) — and lays their pages over the kept output. The templates read nothing but the
 * document, the site settings and the data files, so a page baked alone is the page a full bake makes; anything
 * else (a template, an asset, a data file such as the navigation, a document added or removed, more than
 * {@link #MAX_DOCUMENTS} documents) bakes everything. A bake with problems forgets the kept output.
 */
public final class IncrementalBake {
    /** More changed documents than this is "many files": a full bake is as quick and simpler to trust. */
    static final int MAX_DOCUMENTS = 5;

    /** What a bake did: its problems, and the documents it baked alone (empty after a full bake). */
    public record Result(List<Problem> problems, Set<String> bakedAlone) {}

    private final JBakeOven oven;
    private final Path kept;
    private boolean valid;

    /** @param kept a folder of its own where the last good bake's output is kept between builds */
    public IncrementalBake(JBakeOven oven, Path kept) {
        this.oven = oven;
        this.kept = kept.toAbsolutePath().normalize();
    }

    /** Bakes {@code stage} into {@code destination}, given the stage files changed since the last call. */
    public synchronized Result bake(Staging.Synced synced, Path destination, Map<String, Object> settings) {
        try {
            Set<String> changed = synced.changed();
            Result result = valid && changed.isEmpty() ? new Result(List.of(), Set.of())
                    : valid && onlyDocuments(synced) ? bakeAlone(synced.stage(), changed, settings)
                    : bakeAll(synced.stage(), settings);
            valid = result.problems().isEmpty();
            if (valid) {
                handbook.build.OutputFiles.linkTree(kept, destination); // the build replaces the files it writes: kept stays as baked
            }
            return result;
        } catch (IOException e) {
            valid = false;
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            valid = false;
            throw e;
        }
    }

    /** Forgets the kept output: the next bake is a full one. */
    public synchronized void invalidate() {
        valid = false;
    }

    private Result bakeAll(Stage stage, Map<String, Object> settings) throws IOException {
        Staging.deleteTree(kept);
        Files.createDirectories(kept);
        return new Result(oven.bake(stage, kept, settings), Set.of());
    }

    private Result bakeAlone(Stage stage, Set<String> documents, Map<String, Object> settings) throws IOException {
        Path root = stage.root().resolveSibling(stage.root().getFileName() + "-alone");
        Path out = stage.root().resolveSibling(stage.root().getFileName() + "-alone-out");
        // only what differs from the small stage before is written: the templates and data once, then the documents
        Staging.syncTo(stage.projectDir(), root, smallStage(stage, documents));
        Files.createDirectories(root.resolve("content"));
        Files.createDirectories(root.resolve("assets")); // empty: the assets are in the kept output already
        Staging.deleteTree(out);
        Files.createDirectories(out);
        List<Problem> problems = oven.bake(new Stage(stage.projectDir(), root, stage.sourceContent()), out, settings, false);
        if (problems.isEmpty()) {
            handbook.build.OutputFiles.copyTree(out, kept); // the few pages baked, over the kept output
        }
        return new Result(problems, Set.copyOf(documents));
    }

    /**
     * The files of the small stage {@code documents} are baked from: the stage's templates, data files and
     * {@code jbake.properties}, the partials the documents may include, and the documents, by stage-relative path.
     */
    private static Map<String, byte[]> smallStage(Stage stage, Set<String> documents) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        List<Path> folders = new ArrayList<>(List.of(stage.root().resolve("templates"), stage.root().resolve("data")));
        try (var dirs = Files.walk(stage.content())) {
            dirs.filter(Files::isDirectory)
                    .filter(d -> d.getFileName().toString().startsWith(ContentScanner.PARTIALS_PREFIX))
                    .forEach(folders::add);
        }
        for (Path folder : folders) {
            if (Files.isDirectory(folder)) {
                try (var walk = Files.walk(folder)) {
                    for (Path f : walk.filter(Files::isRegularFile).toList()) {
                        files.put(relative(stage, f), Files.readAllBytes(f));
                    }
                }
            }
        }
        files.put(Staging.PROPERTIES, Files.readAllBytes(stage.root().resolve(Staging.PROPERTIES)));
        for (String doc : documents) {
            files.put(doc, Files.readAllBytes(stage.root().resolve(doc)));
        }
        return files;
    }

    private static String relative(Stage stage, Path file) {
        return stage.root().relativize(file).toString().replace('\\', '/');
    }

    /** True when every change is an existing document of the content, few enough to bake alone. */
    static boolean onlyDocuments(Staging.Synced synced) {
        Set<String> changed = synced.changed();
        if (changed.size() > MAX_DOCUMENTS) {
            return false;
        }
        for (String path : changed) {
            boolean document = path.startsWith("content/") && path.endsWith(".adoc")
                    && Files.isRegularFile(synced.stage().root().resolve(path));
            if (!document) {
                return false;
            }
            if (!includesOnlyPartials(synced.stage().root().resolve(path))) {
                return false; // the small stage holds only the partials: a page including another page bakes everything
            }
            for (String segment : path.split("/")) {
                if (segment.startsWith(ContentScanner.PARTIALS_PREFIX)) {
                    return false; // a partial: the pages that include it changed too
                }
            }
        }
        return !includedByAnother(synced.stage().content(), changed);
    }

    /** True when every {@code include::} of the document names a file in a partials folder. */
    private static boolean includesOnlyPartials(Path document) {
        return includeTargets(document).stream().allMatch(target -> java.util.Arrays.stream(target.split("/"))
                .anyMatch(segment -> segment.startsWith(ContentScanner.PARTIALS_PREFIX)));
    }

    /** True when a document of the content includes one of {@code changed} (its page would change too). */
    private static boolean includedByAnother(Path content, Set<String> changed) {
        Set<String> names = new java.util.HashSet<>();
        changed.forEach(c -> names.add(c.substring(c.lastIndexOf('/') + 1)));
        try (var files = Files.walk(content)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".adoc")).toList()) {
                for (String target : includeTargets(f)) {
                    if (names.contains(target.substring(target.lastIndexOf('/') + 1))) {
                        return true;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return false;
    }

    /** The targets of a file's {@code include::} directives, as written. */
    private static List<String> includeTargets(Path file) {
        try {
            List<String> targets = new java.util.ArrayList<>();
            for (String line : Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8)) {
                int at = line.indexOf("include::");
                if (at >= 0) {
                    int end = line.indexOf('[', at);
                    targets.add(line.substring(at + "include::".length(), end < 0 ? line.length() : end).strip());
                }
            }
            return targets;
        } catch (java.nio.charset.MalformedInputException e) {
            return List.of("not UTF-8"); // no partials segment: bakes everything, and the full bake reports it
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
