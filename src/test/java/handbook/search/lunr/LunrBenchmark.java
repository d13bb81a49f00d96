package handbook.search.lunr;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Times the Java builder against lunr.js under Node on the same documents, checks that both indexes are byte for
 * byte the same, and prints the figures recorded in {@code docs/search-benchmark.md} (which says how to run it).
 *
 * <p>Usage: {@code LunrBenchmark [documents.json]}. Without an argument it generates 20,000 section-sized documents
 * ({@link LunrCorpus}, seed 42). Each side warms up by building until {@value #WARM_UP_SECONDS} seconds have
 * passed (at least once), then Java is timed {@value #JAVA_RUNS} times and lunr.js {@value #NODE_RUNS} times,
 * and the medians are compared. Node is timed
 * inside the script around {@code lunr(...)} and {@code JSON.stringify}, so starting Node and parsing the documents
 * are not counted; Java is timed around building and serialising.
 */
public final class LunrBenchmark {
    /** The same in bench-index.js. */
    private static final int WARM_UP_SECONDS = 5;
    private static final int JAVA_RUNS = 5;
    /** A lunr.js run of 20,000 documents takes tens of seconds. */
    private static final int NODE_RUNS = 3;
    private static final int GENERATED_DOCUMENTS = 20_000;

    private LunrBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path work = Files.createDirectories(Path.of("target", "lunr-benchmark").toAbsolutePath());
        LunrInput input = args.length > 0 ? LunrInput.read(Path.of(args[0]))
                : new LunrInput(LunrCorpus.settings(List.of()), LunrCorpus.generate(GENERATED_DOCUMENTS, 42));
        Path documents = work.resolve("documents.json");
        input.write(documents);
        long words = input.documents().stream().flatMap(d -> d.fields().values().stream())
                .mapToLong(text -> text == null ? 0 : LunrTokenizer.tokenize(text).size()).sum();
        System.out.printf(Locale.ROOT, "%s, %s: %,d documents, %,d words (%s)%n", LocalDate.now(),
                args.length > 0 ? args[0] : "generated corpus", input.documents().size(), words,
                System.getProperty("java.vm.name") + " " + Runtime.version());

        long warmUpEnd = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        do {
            LunrIndexBuilder.build(input.settings(), input.documents());
        } while (System.nanoTime() < warmUpEnd);
        String json = null;
        List<Double> javaMs = new ArrayList<>();
        for (int run = 0; run < JAVA_RUNS; run++) {
            long start = System.nanoTime();
            json = LunrIndexBuilder.build(input.settings(), input.documents());
            javaMs.add((System.nanoTime() - start) / 1e6);
        }
        byte[] index = json.getBytes(StandardCharsets.UTF_8);
        LunrIndexBuilder builder = new LunrIndexBuilder(input.settings());
        input.documents().forEach(builder::add);
        byte[] compact = builder.build().toCompactJson().getBytes(StandardCharsets.UTF_8);
        Path compactFile = work.resolve("index.compact.json");
        Files.write(compactFile, compact);
        System.out.printf(Locale.ROOT, "Java builder (build + serialise):  median %,8.0f ms  runs %s%n",
                median(javaMs), format(javaMs));
        System.out.printf(Locale.ROOT, "Index size: %,d bytes raw, %,d bytes gzipped%n", index.length, gzip(index));
        System.out.printf(Locale.ROOT, "Compact form: %,d bytes raw, %,d bytes gzipped (%.1f%% of the index gzipped)%n",
                compact.length, gzip(compact), 100.0 * gzip(compact) / gzip(index));

        if (!NodeLunr.available()) {
            System.out.println("node is not on the PATH: lunr.js not timed");
            return;
        }
        Path nodeIndex = work.resolve("index.node.json");
        JsonNode report = new NodeLunr(work).benchmark(documents, nodeIndex, NODE_RUNS);
        List<Double> buildMs = numbers(report.get("buildMs"));
        List<Double> stringifyMs = numbers(report.get("stringifyMs"));
        List<Double> totalMs = new ArrayList<>();
        for (int i = 0; i < buildMs.size(); i++) {
            totalMs.add(buildMs.get(i) + stringifyMs.get(i));
        }
        System.out.printf(Locale.ROOT, "lunr.js %s (build):                median %,8.0f ms  runs %s%n",
                nodeVersion(), median(buildMs), format(buildMs));
        System.out.printf(Locale.ROOT, "lunr.js (build + JSON.stringify):  median %,8.0f ms  runs %s%n",
                median(totalMs), format(totalMs));
        System.out.printf(Locale.ROOT, "Java is %.1f× faster (build + serialise), %.1f× against lunr.js's build alone%n",
                median(totalMs) / median(javaMs), median(buildMs) / median(javaMs));
        boolean identical = java.util.Arrays.equals(index, Files.readAllBytes(nodeIndex));
        System.out.println(identical ? "Indexes are byte-identical." : "INDEXES DIFFER: compare "
                + nodeIndex + " with the Java output");
        if (!identical) {
            Files.write(work.resolve("index.java.json"), index);
            System.exit(1);
        }
        JsonNode load = new NodeLunr(work).benchmarkLoad(nodeIndex, compactFile, JAVA_RUNS);
        List<Double> loadMs = numbers(load.get("loadMs"));
        List<Double> compactMs = numbers(load.get("compactMs"));
        System.out.printf(Locale.ROOT, "Loading in lunr.js: JSON.parse + lunr.Index.load  median %,8.0f ms  runs %s%n",
                median(loadMs), format(loadMs));
        System.out.printf(Locale.ROOT, "                    JSON.parse + LunrCompact.load median %,8.0f ms  runs %s%n",
                median(compactMs), format(compactMs));
        boolean compactIdentical = load.get("identical").asBoolean();
        System.out.println(compactIdentical ? "The compact form loads as the same index, byte for byte."
                : "THE COMPACT FORM LOADS AS ANOTHER INDEX: compare " + compactFile + " with " + nodeIndex);
        if (!compactIdentical) {
            System.exit(1);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String format(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList().toString();
    }

    private static List<Double> numbers(JsonNode array) {
        List<Double> values = new ArrayList<>();
        array.forEach(v -> values.add(v.doubleValue()));
        return values;
    }

    private static long gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        }
        return out.size();
    }

    private static String nodeVersion() {
        try {
            Process process = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "node";
        }
    }
}
