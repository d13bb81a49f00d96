package handbook.search.lunr;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * The oracle: real lunr.js 2.3.9, taken from the WebJar on the classpath, run under Node with the scripts in
 * {@code src/test/resources/lunr/}. Nothing is installed; a test that needs Node calls {@link #assumeAvailable()}
 * and is skipped, with a message, only when {@code node} is not on the PATH.
 */
final class NodeLunr {
    static final String LUNR_RESOURCE = "META-INF/resources/webjars/lunr/2.3.9/lunr.js";
    /** The decoder the site ships (tests run from the project's root). */
    static final Path COMPACT_DECODER = Path.of("assets/js/lunr-compact.js");
    /** Writes ASCII only, so strings with lone surrogates reach Node intact. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private final Path dir;
    private final Path lunrJs;

    /** Prepares lunr.js and the scripts in {@code dir}, a scratch folder. */
    NodeLunr(Path dir) {
        this.dir = dir;
        this.lunrJs = copyResource(LUNR_RESOURCE, dir.resolve("lunr.js"));
        copyResource("lunr/build-index.js", dir.resolve("build-index.js"));
        copyResource("lunr/js-reference.js", dir.resolve("js-reference.js"));
        copyResource("lunr/bench-index.js", dir.resolve("bench-index.js"));
        copyResource("lunr/load-compact.js", dir.resolve("load-compact.js"));
        copyResource("lunr/bench-load.js", dir.resolve("bench-load.js"));
    }

    static boolean available() {
        String path = Objects.requireNonNullElse(System.getenv("PATH"), "");
        for (String entry : path.split(File.pathSeparator)) {
            if (!entry.isEmpty() && Files.isExecutable(Path.of(entry, "node"))) {
                return true;
            }
        }
        return false;
    }

    static void assumeAvailable() {
        Assumptions.assumeTrue(available(),
                "node is not on the PATH: skipping the tests that compare with lunr.js under Node");
    }

    /** lunr.js's {@code JSON.stringify(idx)} for this input. */
    String buildIndex(LunrInput input) {
        try {
            Path documents = dir.resolve("documents.json");
            Path index = dir.resolve("index.node.json");
            input.write(documents);
            run("build-index.js", lunrJs.toString(), documents.toString(), index.toString());
            return Files.readString(index, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * lunr.js's {@code JSON.stringify(idx)} for an index loaded from compact form by the site's own decoder,
     * {@code assets/js/lunr-compact.js}.
     */
    String loadCompact(String compactJson) {
        try {
            Path compact = dir.resolve("compact.json");
            Path index = dir.resolve("index.compact.node.json");
            Files.writeString(compact, compactJson, StandardCharsets.UTF_8);
            run("load-compact.js", lunrJs.toString(), COMPACT_DECODER.toAbsolutePath().toString(),
                    compact.toString(), index.toString());
            return Files.readString(index, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a task of {@code js-reference.js} on a JSON array and returns the resulting array. */
    JsonNode reference(String task, Object inputArray) {
        try {
            Path input = dir.resolve(task + ".in.json");
            Path output = dir.resolve(task + ".out.json");
            Files.writeString(input, JSON.writeValueAsString(inputArray), StandardCharsets.US_ASCII);
            run("js-reference.js", lunrJs.toString(), task, input.toString(), output.toString());
            return JSON.readTree(output.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Times lunr.js on a documents file; returns bench-index.js's report. */
    JsonNode benchmark(Path documents, Path index, int runs) {
        try {
            return JSON.readTree(run("bench-index.js", lunrJs.toString(), documents.toString(), index.toString(),
                    Integer.toString(runs)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Times loading lunr's JSON against loading the compact form; returns bench-load.js's report. */
    JsonNode benchmarkLoad(Path index, Path compact, int runs) {
        try {
            return JSON.readTree(run("bench-load.js", lunrJs.toString(), COMPACT_DECODER.toAbsolutePath().toString(),
                    index.toString(), compact.toString(), Integer.toString(runs)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a script with node and returns its standard output; fails with its standard error if it fails. */
    private String run(String script, String... args) {
        List<String> command = new ArrayList<>(List.of("node", "--max-old-space-size=8192",
                dir.resolve(script).toString()));
        command.addAll(List.of(args));
        try {
            Path stderr = dir.resolve(script + ".stderr.txt");
            Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
            byte[] stdout = process.getInputStream().readAllBytes();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("node " + script + " timed out");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("node " + script + " failed (exit " + process.exitValue() + "): "
                        + Files.readString(stderr, StandardCharsets.UTF_8));
            }
            return new String(stdout, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path copyResource(String name, Path target) {
        try (InputStream in = NodeLunr.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource not on the classpath: " + name);
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
