package handbook.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a reader downloads, measured by the browser (W3C Resource Timing) on a chapter: HTML, CSS and JavaScript
 * before any search stay within 100 KB as GitHub Pages sends them (gzip), and search's files load only on first
 * use. The preview server does not compress, so the gzip sizes are computed here from the same bytes; both are
 * reported in {@code target/browser-reports/page-weight.txt}.
 */
@ExtendWith(HandbookSite.class)
class PageWeightIT {
    private static final String CHAPTER = "big-data/kafka-fundamentals.html";
    private static final long BUDGET = 100 * 1024;
    /** The page loads the worker, the store and what marks words; the worker loads lunr, the decoder and the index. */
    private static final List<String> SEARCH_FILES = List.of("js/lunr.min.js", "js/lunr-compact.js",
            "js/search-core.js", "js/search-worker.js", "search-index.json", "search-store.json");
    /** The search issue's goal for the whole handbook: index and store together, gzipped. */
    private static final long SEARCH_DATA_BUDGET = 300 * 1024;
    private static final String ENTRIES = """
            return [performance.getEntriesByType('navigation')[0]].concat(performance.getEntriesByType('resource'))
              .filter(e => e.responseEnd > 0)
              .map(e => ({url: e.name, status: e.responseStatus, transfer: e.transferSize, decoded: e.decodedBodySize}));
            """;

    /** One downloaded file: what the browser measured, and its size gzipped as GitHub Pages would send it. */
    private record Download(String path, String url, long transfer, long decoded, long gzip) {}

    private final Browser browser;
    private final ServedSite site;
    private final StringBuilder report = new StringBuilder();

    PageWeightIT(Browser browser, ServedSite site) {
        this.browser = browser;
        this.site = site;
    }

    @Test
    void aChapterStaysWithinBudgetBeforeAnySearch() throws IOException {
        browser.open(CHAPTER);
        List<Download> page = pageDownloads();
        assertTrue(page.stream().noneMatch(d -> SEARCH_FILES.contains(d.path())), "search loads lazily: " + page);
        List<Download> counted = page.stream().filter(d -> d.path().matches(".*\\.(html|css|js)")).toList();
        assertEquals(List.of(CHAPTER, "css/handbook.css", "css/practice.css", "css/print.css", "js/code-copy.js", "js/handbook.js",
                        "js/page-toc.js", "js/practice/bank-core.js", "js/practice/progress.js", "js/practice/sm2.js", "js/practice/store.js",
                        "js/search.js", "js/theme.js"),
                counted.stream().map(Download::path).sorted().toList());
        section("Chapter " + CHAPTER + ", before any search (HTML + CSS + JS)", counted);
        long worst = worstChapterGzip();
        write("page-weight.txt");

        long gzip = counted.stream().mapToLong(Download::gzip).sum();
        assertTrue(gzip <= BUDGET, "chapter HTML+CSS+JS gzip " + gzip + " B > " + BUDGET + " B");
        assertTrue(worst <= BUDGET, "the heaviest chapter: HTML+CSS+JS gzip " + worst + " B > " + BUDGET + " B");
        for (Download d : counted) {
            assertEquals(Files.size(site.dir().resolve(d.path())), d.decoded(), d.path() + " arrived whole");
        }
    }

    @Test
    void searchLoadsItsFilesOnFirstUse() throws IOException {
        browser.open(CHAPTER);
        assertTrue(pageDownloads().stream().noneMatch(d -> SEARCH_FILES.contains(d.path())), "nothing of search yet");
        browser.find("#search-input").click();
        browser.waitForScript("return window.__ready || (window.HandbookSearchWorker.load().then(() => window.__ready = true), false)");
        List<Download> search = new ArrayList<>(downloads().stream().filter(d -> SEARCH_FILES.contains(d.path())).toList());
        List<Download> inWorker = workerDownloads();
        search.addAll(inWorker.stream().filter(d -> search.stream().noneMatch(s -> s.path().equals(d.path()))).toList());
        String version = browser.js("return document.documentElement.getAttribute('data-search-version')");
        assertTrue(version != null && version.matches("[0-9a-f]{12}"), "pages carry the search files' version");
        List<String> asked = new ArrayList<>(browser.js("return performance.getEntriesByType('resource').map(e => e.name)"
                + ".filter(n => /search-(index|store)\\.json/.test(n))"));
        inWorker.stream().filter(d -> d.path().equals("search-index.json")).forEach(d -> asked.add(d.url()));
        assertEquals(2, asked.size(), asked.toString());
        assertTrue(asked.stream().allMatch(u -> u.endsWith(".json?v=" + version)), "asked with the version: " + asked);
        assertEquals(SEARCH_FILES.stream().sorted().toList(), search.stream().map(Download::path).sorted().toList());
        section("Search, loaded when the box gets focus", search);
        long data = search.stream().filter(d -> d.path().endsWith(".json")).mapToLong(Download::gzip).sum();
        report.append(String.format("Index + store, gzipped: %s (budget %s)%n%n", kb(data), kb(SEARCH_DATA_BUDGET)));
        assertTrue(downloads().stream().noneMatch(d -> d.path().startsWith("search-text/")), "no section texts yet");

        browser.find("#search-input").sendKeys("high watermark");
        browser.waitForScript("return document.querySelectorAll('#search-popup .search-hit').length > 0"
                + " && !document.querySelector('#search-popup [data-source=pending]')");
        List<Download> texts = downloads().stream().filter(d -> d.path().startsWith("search-text/")).toList();
        section("Section texts fetched for the snippets of \"high watermark\" (of "
                + textFileCount() + " files)", texts);
        write("search-weight.txt");
        for (Download d : search) {
            assertEquals(Files.size(site.dir().resolve(d.path())), d.decoded(), d.path() + " arrived whole");
        }
        assertTrue(data <= SEARCH_DATA_BUDGET, "search index + store gzip " + data + " B > " + SEARCH_DATA_BUDGET + " B");
    }

    private long textFileCount() {
        try (var files = Files.list(site.dir().resolve("search-text"))) {
            return files.count();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page's downloads once every stylesheet and script of the page has arrived. */
    private List<Download> pageDownloads() {
        browser.waitForScript("return performance.getEntriesByType('resource').filter(e => /\\.(css|js)$/.test(e.name)"
                + " && e.responseEnd > 0).length >= document.querySelectorAll('link[rel=stylesheet], script[src]').length");
        return downloads();
    }

    private List<Download> downloads() {
        return toDownloads(browser.js(ENTRIES));
    }

    /** What the search worker downloaded (its own Resource Timing, which the page does not see). */
    private List<Download> workerDownloads() {
        Object out = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[0]; window.HandbookSearchWorker.ask({type: 'resources'})"
                        + ".then(r => done(r.entries), e => done(String(e)))");
        assertTrue(out instanceof List<?>, String.valueOf(out));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) out;
        return toDownloads(entries);
    }

    private List<Download> toDownloads(List<Map<String, Object>> entries) {
        List<Download> out = new ArrayList<>();
        for (Map<String, Object> e : entries) {
            String path = site.relative((String) e.get("url")).replaceFirst("[?#].*", "");
            assertEquals(200L, e.get("status"), path);
            out.add(new Download(path, (String) e.get("url"), ((Number) e.get("transfer")).longValue(), ((Number) e.get("decoded")).longValue(),
                    gzip(site.dir().resolve(path))));
        }
        return out;
    }

    /** Every chapter (a page in a part's folder that is not the part's index) with the page's CSS and JS, gzipped. */
    private long worstChapterGzip() throws IOException {
        long assets = 0;
        for (String asset : List.of("css/handbook.css", "css/print.css", "js/theme.js", "js/handbook.js", "js/search.js",
                "js/code-copy.js", "js/page-toc.js")) {
            assets += gzip(site.dir().resolve(asset));
        }
        String worst = null;
        long max = 0;
        for (String page : site.htmlPages()) {
            if (page.contains("/") && !page.endsWith("/index.html")) {
                long size = gzip(site.dir().resolve(page));
                if (size > max) {
                    max = size;
                    worst = page;
                }
            }
        }
        report.append(String.format("Heaviest chapter: %s, HTML %s uncompressed, %s gzip; with CSS+JS %s gzip%n",
                worst, kb(Files.size(site.dir().resolve(worst))), kb(max), kb(max + assets)));
        return max + assets;
    }

    private void section(String title, List<Download> downloads) {
        report.append(title).append('\n');
        report.append(String.format("  %-40s %12s %12s %12s%n", "file", "transferred", "decoded", "gzip"));
        for (Download d : downloads) {
            report.append(String.format("  %-40s %12s %12s %12s%n", d.path(), kb(d.transfer()), kb(d.decoded()), kb(d.gzip())));
        }
        report.append(String.format("  %-40s %12s %12s %12s%n%n", "total",
                kb(downloads.stream().mapToLong(Download::transfer).sum()),
                kb(downloads.stream().mapToLong(Download::decoded).sum()),
                kb(downloads.stream().mapToLong(Download::gzip).sum())));
    }

    private void write(String name) throws IOException {
        Path file = Path.of("target", "browser-reports", name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.print(report);
    }

    private static String kb(long bytes) {
        return String.format("%.1f KB", bytes / 1024.0);
    }

    static long gzip(Path file) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(Files.readAllBytes(file));
            }
            return out.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
