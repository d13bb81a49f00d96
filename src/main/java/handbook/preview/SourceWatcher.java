package handbook.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the author's folders (recursively, including folders created later) and calls back once per burst of
 * changes: editors save in several steps, so events are gathered for a short quiet period first.
 */
public final class SourceWatcher implements AutoCloseable {
    private static final long QUIET_MILLIS = 30; // editors write, rename and touch within a few milliseconds
    private final WatchService watch;

    public SourceWatcher(List<Path> roots) {
        try {
            watch = FileSystems.getDefault().newWatchService();
            for (Path root : roots) {
                if (Files.isDirectory(root)) {
                    registerTree(root);
                } else if (Files.exists(root)) {
                    root.toAbsolutePath().getParent().register(watch, StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_CREATE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Blocks, calling {@code onChange} with the changed paths (absolute) after each burst of changes, until closed. */
    public void run(Consumer<Set<Path>> onChange) {
        try {
            while (true) {
                WatchKey key = watch.take();
                Set<Path> changed = new TreeSet<>();
                drain(key, changed);
                WatchKey more;
                while ((more = watch.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more, changed);
                }
                if (!changed.isEmpty()) {
                    onChange.accept(Collections.unmodifiableSet(changed));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    private void drain(WatchKey key, Set<Path> changed) {
        Path dir = (Path) key.watchable();
        key.pollEvents().forEach(ev -> {
            if (ev.context() instanceof Path p) {
                changed.add(dir.resolve(p).toAbsolutePath().normalize());
            } else {
                changed.add(dir.toAbsolutePath().normalize()); // overflow: something in this folder changed
            }
            if (ev.context() instanceof Path p && Files.isDirectory(dir.resolve(p))) {
                try {
                    registerTree(dir.resolve(p));
                } catch (IOException ignored) {
                    // a folder that vanished again: nothing to watch
                }
            }
        });
        key.reset();
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    @Override
    public void close() throws IOException {
        watch.close();
    }
}
