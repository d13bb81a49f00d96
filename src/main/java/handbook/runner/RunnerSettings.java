package handbook.runner;

import java.nio.file.Path;

/**
 * Whether the site gets the SQL runner, and where the build finds PGlite: the npm package the Maven build fetched
 * (integrity checked) and unpacked, {@code target/pglite/package}.
 *
 * @param enabled       {@code false} ({@code -Dhandbook.runner=false}) builds the site without Run buttons or PGlite
 * @param pglitePackage the unpacked package (its {@code dist/} and {@code LICENSE}); unused when disabled
 */
public record RunnerSettings(boolean enabled, Path pglitePackage) {

    /** No runner: what builds get unless the command line asks for one (fixture and hostile-corpus builds). */
    public static RunnerSettings disabled() {
        return new RunnerSettings(false, null);
    }
}
