package handbook.bake;

import java.nio.file.Path;

/**
 * A source tree laid out the way JBake wants it ({@code content/}, {@code templates/}, {@code assets/},
 * {@code data/}, {@code jbake.properties}), assembled from the project plus generated files.
 *
 * @param root the staged source folder
 * @param sourceContent the project's real {@code content/}, to report problems against
 */
public record Stage(Path projectDir, Path root, Path sourceContent) {
    public Path content() {
        return root.resolve("content");
    }
}
