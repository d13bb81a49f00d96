package handbook.build;

import handbook.bake.Staging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Working folders for tests, under target/ so they stay inside the build and are inspectable after a failure. */
public final class TestDirs {
    private TestDirs() {}

    public static Path fresh(String name) {
        Path dir = Path.of("target", "test-work", name).toAbsolutePath();
        try {
            Staging.deleteTree(dir);
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }
}
