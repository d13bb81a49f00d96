package handbook.preview;

import handbook.build.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The author's preview: builds the site once, serves it as soon as that build is done, then rebuilds on every change
 * to the sources and tells the open pages — to reload after a good rebuild, or to show the problems of a failed one
 * over the last good page (which stays served: a failed build never replaces the site).
 */
public final class Preview implements AutoCloseable {
    /** The folders and files an author edits; a change to any of them rebuilds the site. */
    public static final List<String> WATCHED = List.of("content", "templates", "assets", "errata", "jbake.properties");

    /** Builds the site; given the changed files (absolute), or an empty set for the first build. */
    @FunctionalInterface
    public interface Builder {
        Outcome build(Set<Path> changed);
    }

    /** A build's result: the problems it reported, and whether it published a new site. */
    public record Outcome(boolean succeeded, List<Problem> problems) {}

    private final PreviewServer server;
    private final SourceWatcher watcher;
    private final Thread thread;

    private Preview(Path projectDir, PreviewServer server, SourceWatcher watcher, Builder builder) {
        this.server = server;
        this.watcher = watcher;
        List<Path> roots = WATCHED.stream().map(w -> projectDir.resolve(w).toAbsolutePath().normalize()).toList();
        this.thread = new Thread(() -> watcher.run(changed -> {
            // jbake.properties is watched through the project folder: ignore its other files (target/, pom.xml)
            Set<Path> sources = new TreeSet<>(changed.stream().filter(p -> roots.stream().anyMatch(p::startsWith)).toList());
            if (!sources.isEmpty()) {
                report(builder.build(Collections.unmodifiableSet(sources)));
            }
        }), "preview-watcher");
        thread.setDaemon(true);
    }

    /**
     * Builds once, then serves {@code siteDir} on 127.0.0.1 ({@code port} 0: any free port) and starts watching. The
     * watcher is registered before the first build, so an edit made while it runs is not missed.
     */
    public static Preview start(Path projectDir, Path siteDir, String basePath, int port, Builder builder) {
        SourceWatcher watcher = new SourceWatcher(WATCHED.stream().map(projectDir::resolve).toList());
        Outcome first = builder.build(Set.of());
        try {
            Preview preview = new Preview(projectDir, new PreviewServer(siteDir, basePath, port, true), watcher, builder);
            if (!first.succeeded()) {
                preview.server.buildFailed(first.problems());
            }
            preview.thread.start();
            return preview;
        } catch (IOException e) {
            try {
                watcher.close();
            } catch (IOException ignored) {
                // closing after a failed start: the first error is the one to report
            }
            throw new UncheckedIOException(e);
        }
    }

    private void report(Outcome outcome) {
        if (outcome.succeeded()) {
            server.siteChanged();
        } else {
            server.buildFailed(outcome.problems());
        }
    }

    public PreviewServer server() {
        return server;
    }

    public String url() {
        return server.url();
    }

    /** Blocks until the preview is closed (Ctrl+C ends the process). */
    public void join() throws InterruptedException {
        thread.join();
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            server.close();
        }
    }
}
