package handbook.runner;

import handbook.build.Json;
import handbook.build.OutputFiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Copies what the browser needs of PGlite into the site's {@code pglite/} folder: the ES module entry
 * ({@code index.js}) and its chunks, the PostgreSQL WebAssembly binary, its file-system image and initdb, and the
 * package's licence. Source maps, type declarations, the Node-only CommonJS build and the optional extensions stay
 * behind.
 */
final class PgliteFiles {

    static final String SITE_DIR = "pglite";
    private static final List<String> FIXED = List.of("index.js", "pglite.wasm", "pglite.data", "initdb.wasm");

    private PgliteFiles() {}

    /** The files the browser needs, read from the unpacked npm package; fails with a clear message when absent. */
    static List<Path> select(Path pglitePackage) {
        Path dist = pglitePackage.resolve("dist");
        if (!Files.isRegularFile(dist.resolve("index.js")) || !Files.isRegularFile(pglitePackage.resolve("LICENSE"))) {
            throw new IllegalStateException("PGlite is missing from " + pglitePackage + ": the Maven build fetches it "
                    + "(mvn generate-resources, needs the npm registry once); or build without the SQL runner: "
                    + "-Dhandbook.runner=false");
        }
        List<Path> files = new ArrayList<>();
        FIXED.forEach(f -> files.add(dist.resolve(f)));
        try (Stream<Path> chunks = Files.list(dist)) {
            chunks.filter(p -> p.getFileName().toString().matches("chunk-[A-Z0-9]+\\.js")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.add(pglitePackage.resolve("LICENSE"));
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new IllegalStateException("PGlite file missing: " + f);
            }
        }
        return files;
    }

    /** The package's version ({@code 0.5.16}), from its {@code package.json}: the key of the reader's cached snapshot. */
    static String version(Path pglitePackage) {
        try {
            String version = Json.mapper().readTree(pglitePackage.resolve("package.json").toFile()).path("version").asText();
            if (!version.matches("[0-9A-Za-z.+-]+")) {
                throw new IllegalStateException("no version in " + pglitePackage.resolve("package.json"));
            }
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts the files into {@code site/pglite/} (16 MB: hard links where possible); returns their total size gzipped, the download a reader waits for. */
    static long copy(List<Path> files, Path site) {
        Path dir = site.resolve(SITE_DIR);
        long gzipped = 0;
        try {
            Files.createDirectories(dir);
            for (Path f : files) {
                OutputFiles.link(f, dir.resolve(f.getFileName().toString())); // pinned files: linked, not copied
                if (!f.getFileName().toString().equals("LICENSE")) {
                    gzipped += gzippedSize(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return gzipped;
    }

    /** A file as it was measured: the pinned package does not change, so the preview's rebuilds measure it once. */
    private record Measured(Path file, long size, FileTime modified) {
    }

    private static final Map<Measured, Long> GZIPPED = new ConcurrentHashMap<>();

    /** Compressing 16 MB takes most of a second: kept per file, size and modification time for the life of the JVM. */
    private static long gzippedSize(Path file) throws IOException {
        Measured key = new Measured(file.toAbsolutePath(), Files.size(file), Files.getLastModifiedTime(file));
        Long known = GZIPPED.get(key);
        if (known != null) {
            return known;
        }
        byte[] bytes = Files.readAllBytes(file);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        GZIPPED.put(key, (long) out.size());
        return out.size();
    }
}
