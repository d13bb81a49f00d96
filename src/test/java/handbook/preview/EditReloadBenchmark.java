package handbook.preview;

import handbook.build.BuildConfig;
import handbook.build.SiteBuild;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The author's loop, measured on the full handbook: a fresh {@code git clone} of this repository, the real preview
 * (server, watcher, rebuilds) started on it, then one chapter edited N times — a sentence of prose changed in a
 * paragraph — timing each save until the preview server reports the new build (the signal the open page reloads
 * on: like the page, the benchmark holds a status request open and the server answers it when a build ends). Prints every edit, min/median/max and the median time of each build stage.
 * A command run by hand (docs/preview-benchmark.md), not a test:
 * <pre>
 * ./mvnw -q -o test-compile exec:exec@edit-benchmark [-Dbenchmark.edits=20] [-Dbenchmark.chapter=content/core/advanced-sql.adoc]
 *     [-Dbenchmark.rebuilds=full]   (every rebuild a full build: the baseline the incremental rebuild is compared with)
 * </pre>
 */
public final class EditReloadBenchmark {
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
    private static final Pattern REVISION = Pattern.compile("\"revision\":(\\d+)");
    private static final int WARM_UP = 2;

    public static void main(String[] args) throws Exception {
        int edits = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        String chapter = args.length > 1 ? args[1] : "content/core/advanced-sql.adoc";
        boolean incremental = args.length <= 2 || !args[2].equals("full"); // "full": every rebuild a full build, for comparison
        Path repo = Path.of("").toAbsolutePath();
        Path work = repo.resolve("target/edit-reload-benchmark");
        Path project = work.resolve("project");
        handbook.bake.Staging.deleteTree(work);
        Files.createDirectories(work);
        run(List.of("git", "clone", "--quiet", "--local", repo.toString(), project.toString()), repo);
        BuildConfig config = BuildConfig.load(project, project.resolve("target/site"), null);
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
        // the site as the README's preview builds it: with the SQL runner when the build has fetched PGlite
        Path pglite = repo.resolve("target/pglite/package");
        handbook.runner.RunnerSettings runner = Files.isDirectory(pglite)
                ? new handbook.runner.RunnerSettings(true, pglite) : handbook.runner.RunnerSettings.disabled();
        SiteRebuilder rebuilder = new SiteRebuilder(config, runner, quiet, System.err, incremental);
        HttpClient http = HttpClient.newHttpClient();
        long start = System.nanoTime();
        try (Preview preview = Preview.start(project, config.outputDir(), config.basePath(), 0, rebuilder)) {
            long firstBuild = (System.nanoTime() - start) / 1_000_000;
            URI status = URI.create("http://127.0.0.1:" + preview.server().port() + PreviewServer.STATUS_PATH);
            Path file = project.resolve(chapter);
            String original = Files.readString(file);
            int at = paragraphAfterFirstSection(original);
            List<Long> times = new ArrayList<>();
            List<Long> cpuTimes = new ArrayList<>(); // all threads of the preview's JVM (builds, JIT, GC): load-proof
            com.sun.management.OperatingSystemMXBean cpu = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            List<Map<String, Long>> stages = new ArrayList<>();
            StringBuilder report = new StringBuilder();
            report.append(String.format(Locale.ROOT, "Edit → reload signal, %s (%d edits after %d warm-up edits, %s rebuilds,"
                    + " load average %.1f)%n", chapter, edits, WARM_UP, incremental ? "incremental" : "full",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
            report.append(String.format(Locale.ROOT, "first build (preview start): %d ms%n", firstBuild));
            for (int i = 0; i < WARM_UP + edits; i++) {
                long[] before = versionAndRevision(http, status, -1);
                String edited = original.substring(0, at) + "Edit " + i + " of the benchmark changes this sentence. "
                        + original.substring(at);
                long t0 = System.nanoTime();
                long cpu0 = cpu.getProcessCpuTime();
                Files.writeString(file, edited, StandardCharsets.UTF_8);
                long[] now = before;
                while (now[0] == before[0]) { // waits as the open page does: the answer comes when a build ends
                    now = versionAndRevision(http, status, now[1]);
                    if (now[0] == before[0] && !preview.server().status().problems().isEmpty()) {
                        throw new IllegalStateException("the edit broke the build: " + preview.server().status().problems());
                    }
                }
                long ms = (System.nanoTime() - t0) / 1_000_000;
                long cpuMs = (cpu.getProcessCpuTime() - cpu0) / 1_000_000;
                SiteBuild.BuildResult result = rebuilder.lastResult();
                report.append(String.format(Locale.ROOT, "%s %2d: %5d ms, CPU %5d ms  (%s; baked alone: %s)%n",
                        i < WARM_UP ? "warm-up" : "edit   ", i + 1, ms, cpuMs, result.stageMillis(), result.bakedAlone()));
                if (i >= WARM_UP) {
                    times.add(ms);
                    cpuTimes.add(cpuMs);
                    stages.add(result.stageMillis());
                }
                Thread.sleep(300);
            }
            Files.writeString(file, original, StandardCharsets.UTF_8);
            List<Long> sorted = times.stream().sorted().toList();
            report.append(String.format(Locale.ROOT, "%nedit → reload: min %d ms, median %d ms, max %d ms (%d edits)%n",
                    sorted.get(0), median(sorted), sorted.get(sorted.size() - 1), sorted.size()));
            List<Long> cpuSorted = cpuTimes.stream().sorted().toList();
            report.append(String.format(Locale.ROOT, "CPU per edit (all threads): min %d ms, median %d ms, max %d ms%n",
                    cpuSorted.get(0), median(cpuSorted), cpuSorted.get(cpuSorted.size() - 1)));
            Map<String, Long> medians = new LinkedHashMap<>();
            stages.get(0).keySet().forEach(stage -> medians.put(stage, median(stages.stream()
                    .map(s -> s.getOrDefault(stage, 0L)).sorted().toList())));
            report.append("median per stage: ").append(medians).append('\n');
            System.out.print(report);
            Files.writeString(repo.resolve("target/edit-reload-benchmark" + (incremental ? "" : "-full") + ".txt"), report);
        }
        System.exit(0); // JBake's embedded database leaves non-daemon threads behind
    }

    /** Where the first paragraph after the first section heading starts: prose, not a header or a listing. */
    static int paragraphAfterFirstSection(String text) {
        Matcher m = Pattern.compile("(?m)^== .*\\n\\n(?=[A-Z])").matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException("no paragraph after a section heading");
        }
        return m.end();
    }

    private static long median(List<Long> sorted) {
        return sorted.get(sorted.size() / 2);
    }

    /** The status's version and revision; with {@code after} ≥ 0, once its revision is no longer {@code after}. */
    private static long[] versionAndRevision(HttpClient http, URI status, long after) throws IOException, InterruptedException {
        URI uri = after < 0 ? status : URI.create(status + "?after=" + after);
        String body = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher v = VERSION.matcher(body);
        Matcher r = REVISION.matcher(body);
        if (!v.find() || !r.find()) {
            throw new IllegalStateException("no version or revision in " + body);
        }
        return new long[] {Long.parseLong(v.group(1)), Long.parseLong(r.group(1))};
    }

    private static void run(List<String> command, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("failed: " + command);
        }
    }
}
