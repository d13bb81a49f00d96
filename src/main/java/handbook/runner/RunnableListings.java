package handbook.runner;

import handbook.build.Json;
import handbook.build.Problems;
import handbook.examples.BlockAttributes;
import handbook.examples.CheckedExample;
import handbook.examples.CheckedExampleExtractor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The runnable listings of one chapter: its checked SQL listings ({@code check=setup|result|error}), in document
 * order, as the checked-example extractor finds them. A listing runs after every listing before it — the tables
 * and rows the chapter created so far, exactly what the test suite's chapter run has done when it reaches the
 * listing (src/test/java/handbook/examples/SqlChapterRunner) — so the browser and CI see the same database.
 *
 * @param file     the chapter, relative to the project ({@code content/core/advanced-sql.adoc})
 * @param listings its checked SQL listings
 */
public record RunnableListings(String file, List<CheckedExample> listings, Map<Integer, String> browserSkips) {

    /**
     * The attribute that keeps a listing's Run button away, with the reason shown instead:
     * {@code [source,sql,check=result,browser-skip="PGlite runs no parallel workers"]}. The listing still runs
     * as setup for the ones after it, and on the test suite's PostgreSQL.
     */
    public static final String BROWSER_SKIP = "browser-skip";

    public RunnableListings {
        listings = List.copyOf(listings);
        browserSkips = Map.copyOf(browserSkips);
    }

    /**
     * The chapter's checked SQL listings; malformed ones are the content lint's to report, so they are left out.
     * A {@value #BROWSER_SKIP} attribute without a reason is an error at its line.
     */
    public static RunnableListings of(String file, List<String> lines, Problems problems) {
        List<CheckedExample> sql = CheckedExampleExtractor.extract(file, lines, new Problems()).stream()
                .filter(e -> e.language().equals("sql"))
                .toList();
        Map<Integer, String> skips = new TreeMap<>();
        for (int i = 0; i < sql.size(); i++) {
            int line = sql.get(i).line();
            String reason = BlockAttributes.parse(lines.get(line - 1)).map(a -> a.named().get(BROWSER_SKIP)).orElse(null);
            if (reason != null && reason.isBlank()) {
                problems.error(file, line, BROWSER_SKIP + "= needs the reason readers see instead of the Run button, "
                        + "e.g. " + BROWSER_SKIP + "=\"PGlite runs no parallel workers\"");
            } else if (reason != null) {
                skips.put(i, reason.strip());
            }
        }
        return new RunnableListings(file, sql, skips);
    }

    /** Why listing {@code index} cannot run in the browser, or null when it can. */
    public String browserSkip(int index) {
        return browserSkips.get(index);
    }

    /** The SQL run before listing {@code index}: the code of every listing before it, in order. */
    public List<String> setup(int index) {
        return listings.subList(0, index).stream().map(CheckedExample::code).toList();
    }

    /**
     * What the page's runner loads on the first Run: {@code {"file":…,"listings":[{"check":"result","code":…,
     * "line":72},…]}}, sorted keys ({@code browserSkip} with the reason where a listing cannot run); a listing's
     * setup is the listings before it.
     */
    public String json() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (CheckedExample e : listings) {
            Map<String, Object> item = new TreeMap<>();
            item.put("check", e.kind().name().toLowerCase(Locale.ROOT));
            item.put("code", e.code());
            item.put("line", e.line());
            if (browserSkips.containsKey(items.size())) {
                item.put("browserSkip", browserSkips.get(items.size()));
            }
            items.add(item);
        }
        Map<String, Object> root = new TreeMap<>();
        root.put("file", file);
        root.put("listings", items);
        return Json.write(root);
    }
}
