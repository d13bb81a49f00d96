package handbook.publish;

import handbook.bake.Staging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Gives each build a fresh folder beside the published site and swaps it in only when the build succeeded, so a
 * failed build never leaves a half-written site and the last good one stays where it was.
 */
public final class SitePublisher {
    private final Path published;

    public SitePublisher(Path published) {
        this.published = published.toAbsolutePath().normalize();
    }

    /** An empty working folder for a new build, next to the published site (same file system, so moves are atomic). */
    public Path freshWorkingDir() {
        Path work = published.resolveSibling(published.getFileName() + ".building");
        try {
            Staging.deleteTree(work);
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return work;
    }

    /** Replaces the published site with the finished working folder. */
    public void publish(Path work) {
        Path old = published.resolveSibling(published.getFileName() + ".previous");
        try {
            Staging.deleteTree(old);
            if (Files.exists(published)) {
                move(published, old);
            }
            move(work, published);
            Staging.deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Throws away a failed build's working folder; the published site is untouched. */
    public void discard(Path work) {
        try {
            Staging.deleteTree(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
