package handbook.browser;

import com.fasterxml.jackson.databind.JsonNode;
import handbook.build.Json;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SQL runner measured in Chromium on this machine (run on demand: {@code mvn -o verify -Dit.test=SqlRunnerBenchmarkIT
 * -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dhandbook.benchmark=true}): what the first Run downloads
 * (uncompressed, and gzipped as GitHub Pages sends it), the cold start (first Run click to the result, empty
 * HTTP cache and Cache Storage), the first Run of a later visit (PGlite in the HTTP cache, the initialised database's
 * snapshot in Cache Storage), and warm runs (PGlite started; each
 * run a fresh database). Median of 3 (cold, cached) and of 5 (warm). Written to
 * {@code target/browser-reports/sql-runner.txt}.
 */
@ExtendWith(HandbookSite.class)
class SqlRunnerBenchmarkIT {
    private static final String CHAPTER = "core/advanced-sql.html";
    private static final String LISTING = ".listingblock.check-result[data-sql-listing]";
    private final Browser browser;

    SqlRunnerBenchmarkIT(Browser browser) {
        this.browser = browser;
    }

    @Test
    void downloadColdStartAndWarmRuns() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("handbook.benchmark"), "a benchmark: -Dhandbook.benchmark=true");
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(180));
        long[] cold = new long[3];
        long[] cached = new long[3];
        long[] warm = new long[5];
        for (int i = 0; i < 3; i++) {
            browser.driver().executeCdpCommand("Network.clearBrowserCache", Map.of());
            browser.driver().executeCdpCommand("Storage.clearDataForOrigin",
                    Map.of("origin", browser.site().origin(), "storageTypes", "cache_storage"));
            browser.open(CHAPTER);
            cold[i] = runOnce();
        }
        JsonNode resources = workerResources();
        for (int i = 0; i < 5; i++) {
            warm[i] = runOnce();
        }
        for (int i = 0; i < 3; i++) {
            browser.open(CHAPTER);
            cached[i] = runOnce();
        }
        long transferred = 0;
        long raw = 0;
        long gzipped = 0;
        StringBuilder files = new StringBuilder();
        for (JsonNode r : resources) {
            String path = URI.create(r.get("name").asText()).getPath();
            Path file = browser.site().dir().resolve(path.substring(browser.site().basePath().length() + 1));
            long gz = gzippedSize(Files.readAllBytes(file));
            transferred += r.get("transferSize").asLong();
            raw += r.get("decodedBodySize").asLong();
            gzipped += gz;
            files.append(String.format(Locale.ROOT, "  %-40s %,11d bytes, %,10d gzipped%n", path.substring(path.lastIndexOf('/') + 1),
                    r.get("decodedBodySize").asLong(), gz));
        }
        // Module scripts a worker imports do not show in its Resource Timing entries: their sizes come from the site.
        for (String module : moduleClosure()) {
            byte[] bytes = Files.readAllBytes(browser.site().dir().resolve(module));
            long gz = gzippedSize(bytes);
            raw += bytes.length;
            gzipped += gz;
            files.append(String.format(Locale.ROOT, "  %-40s %,11d bytes, %,10d gzipped%n", module, bytes.length, gz));
        }
        int fileCount = resources.size() + moduleClosure().size();
        String report = String.format(Locale.ROOT, """
                SQL runner in headless Chromium (%s, first check=result listing; this machine: 2 cores, shared)
                first Run downloads %d files: %.2f MB uncompressed, %.2f MB gzipped (GitHub Pages compresses); \
                transferred from the preview server (no compression; the wasm and data files): %.2f MB
                %scold start, empty cache (click to result): median %d ms %s
                first Run of a later visit (PGlite in the HTTP cache, the initialised database in Cache Storage): median %d ms %s
                warm runs (PGlite loaded; each run a fresh database: setup + listing): median %d ms %s
                """, CHAPTER, fileCount, raw / 1e6, gzipped / 1e6, transferred / 1e6, files, median(cold),
                Arrays.toString(cold), median(cached), Arrays.toString(cached), median(warm), Arrays.toString(warm));
        Path out = Path.of("target", "browser-reports", "sql-runner.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.print(report);
        assertTrue(raw > 5_000_000, "the worker's downloads were seen: " + raw);
    }

    /** The worker, its core and PGlite's module graph (static imports from pglite/index.js), site-relative. */
    private List<String> moduleClosure() throws IOException {
        List<String> modules = new ArrayList<>(List.of("js/runner/runner-worker.js", "js/runner/runner-core.js",
                "runner/core/advanced-sql.json"));
        Deque<String> todo = new ArrayDeque<>(List.of("index.js"));
        Set<String> seen = new TreeSet<>();
        while (!todo.isEmpty()) {
            String f = todo.pop();
            if (seen.add(f)) {
                Matcher m = IMPORT.matcher(Files.readString(browser.site().dir().resolve("pglite").resolve(f)));
                while (m.find()) {
                    todo.push(m.group(1));
                }
            }
        }
        seen.forEach(f -> modules.add("pglite/" + f));
        return modules;
    }

    private static final Pattern IMPORT = Pattern.compile("(?:from|import)\\s*\"\\./(chunk-[A-Z0-9]+\\.js)\"");

    /** Clicks Run on the listing and waits for its result; returns the milliseconds the page measured. */
    private long runOnce() {
        Object elapsed = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const block = document.querySelector(arguments[0]);
                const start = () => {
                  const run = block.querySelector('.sql-run');
                  if (!run) { setTimeout(start, 20); return; }
                  const output = block.querySelector('.sql-output');
                  output.hidden = true;
                  const t0 = performance.now();
                  run.click();
                  const poll = () => {
                    if (!output.hidden && !run.disabled) { done(Math.round(performance.now() - t0)); }
                    else { setTimeout(poll, 10); }
                  };
                  poll();
                };
                start();
                """, LISTING);
        return ((Number) elapsed).longValue();
    }

    private JsonNode workerResources() throws IOException {
        browser.js("delete document.documentElement.dataset.sqlRunnerResources;"
                + "document.documentElement.dispatchEvent(new Event('sql-runner-resources'))");
        browser.waitForScript("return document.documentElement.dataset.sqlRunnerResources");
        return Json.mapper().readTree((String) browser.js("return document.documentElement.dataset.sqlRunnerResources"));
    }

    private static long gzippedSize(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.size();
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
