package handbook.runner;

import handbook.build.Json;
import handbook.build.Problems;
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
public record RunnableListings(String file, List<CheckedExample> listings) {

    public RunnableListings {
        listings = List.copyOf(listings);
    }

    /** The chapter's checked SQL listings; malformed ones are the content lint's to report, so they are left out. */
    public static RunnableListings of(String file, List<String> lines) {
        List<CheckedExample> sql = CheckedExampleExtractor.extract(file, lines, new Problems()).stream()
                .filter(e -> e.language().equals("sql"))
                .toList();
        return new RunnableListings(file, sql);
    }

    /** The SQL run before listing {@code index}: the code of every listing before it, in order. */
    public List<String> setup(int index) {
        return listings.subList(0, index).stream().map(CheckedExample::code).toList();
    }

    /**
     * What the page's runner loads on the first Run: {@code {"file":…,"listings":[{"check":"result","code":…,
     * "line":72},…]}}, sorted keys; a listing's setup is the listings before it.
     */
    public String json() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (CheckedExample e : listings) {
            Map<String, Object> item = new TreeMap<>();
            item.put("check", e.kind().name().toLowerCase(Locale.ROOT));
            item.put("code", e.code());
            item.put("line", e.line());
            items.add(item);
        }
        Map<String, Object> root = new TreeMap<>();
        root.put("file", file);
        root.put("listings", items);
        return Json.write(root);
    }
}
