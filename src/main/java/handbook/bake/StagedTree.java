package handbook.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The preview's staging: keeps the staged tree's files in memory and, told which source files changed (the source
 * watcher's paths), rereads only those instead of every source file, and compares in memory instead of reading the
 * stage back. The result is the tree and the changed files {@link Staging#sync} gives. Whatever it cannot place takes
 * Staging's full look: the first sync, a build that was not told what changed, a folder created or deleted (or a
 * watcher overflow, which names a folder), a path outside the staged folders. Changes it was told of are kept until a
 * sync succeeds, so a build that fails before staging loses none. One per preview, used by one build at a time.
 */
public final class StagedTree {
    private static final Set<String> FOLDERS = Set.of("content", "templates", "assets");
    private static final Set<String> NOT_STAGED = Set.of("errata"); // watched, but read by the stages, not staged

    private Map<String, byte[]> sources; // the project's staged files by stage-relative path; null: look at everything
    private Map<String, byte[]> staged; // every file of the stage on disk, as last written
    private final Set<Path> pending = new TreeSet<>();
    private boolean unknown = true;
    private boolean lastFull;

    /**
     * Notes changed source files (absolute paths) for the next {@link #sync}; {@code null}: the changes are unknown,
     * the next sync looks at every file.
     */
    public synchronized void changed(Set<Path> paths) {
        if (paths == null) {
            unknown = true;
        } else {
            paths.forEach(p -> pending.add(p.toAbsolutePath().normalize()));
        }
    }

    /** Brings {@code stageDir} up to date with the project and the {@code generated} files, as {@link Staging#sync}. */
    public synchronized Staging.Synced sync(Path projectDir, Path stageDir, Map<String, String> generated) {
        Path project = projectDir.toAbsolutePath().normalize();
        try {
            Map<String, byte[]> updated = unknown || sources == null ? null : update(project, sources, pending);
            lastFull = updated == null;
            Staging.Synced synced;
            Map<String, byte[]> plan;
            if (updated == null) {
                updated = Staging.sourcePlan(project);
                plan = new TreeMap<>(updated);
                plan.putAll(Staging.generatedPlan(generated));
                synced = Staging.syncTo(projectDir, stageDir, plan);
            } else {
                plan = new TreeMap<>(updated);
                plan.putAll(Staging.generatedPlan(generated));
                synced = Staging.syncTo(projectDir, stageDir, plan, staged);
            }
            sources = updated;
            staged = plan;
            pending.clear();
            unknown = false;
            return synced;
        } catch (IOException e) {
            forget();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            forget();
            throw e;
        }
    }

    /** True when the last sync read every source file (nothing known, or a change it could not place). */
    public synchronized boolean lastSyncWasFull() {
        return lastFull;
    }

    private void forget() {
        sources = null;
        staged = null;
        unknown = true;
    }

    /** The source files after the {@code changed} paths, or null when a change needs the full look. */
    private static Map<String, byte[]> update(Path project, Map<String, byte[]> before, Set<Path> changed)
            throws IOException {
        Map<String, byte[]> files = new TreeMap<>(before);
        for (Path path : changed) {
            if (!path.startsWith(project) || path.equals(project)) {
                return null;
            }
            String rel = project.relativize(path).toString().replace('\\', '/');
            if (rel.equals(Staging.PROPERTIES)) {
                files.put(rel, Staging.properties(project));
                continue;
            }
            String top = rel.contains("/") ? rel.substring(0, rel.indexOf('/')) : rel;
            if (NOT_STAGED.contains(top) || rel.startsWith("content/" + Staging.GLOSSARY + "/")) {
                continue;
            }
            if (!FOLDERS.contains(top) || Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                return null; // a folder (created, or an overflow) or something unknown
            }
            boolean staged = Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
                    && (!top.equals("content") || Staging.stagedContentFile(project.resolve("content").relativize(path)));
            if (staged) {
                try {
                    files.put(rel, Files.readAllBytes(path));
                } catch (java.nio.file.NoSuchFileException e) {
                    return null; // deleted while being read
                }
            } else if (files.remove(rel) == null && !Files.exists(path, LinkOption.NOFOLLOW_LINKS)
                    && files.keySet().stream().anyMatch(k -> k.startsWith(rel + "/"))) {
                return null; // a folder of staged files was deleted
            }
        }
        return files;
    }
}
