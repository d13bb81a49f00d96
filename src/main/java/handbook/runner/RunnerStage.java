package handbook.runner;

import handbook.build.Problems;
import handbook.pages.RenderedPage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Makes every checked SQL listing runnable in the reader's browser (issue #18): marks each rendered listing with its
 * index, writes the chapter's listings to {@code runner/<page>.json}, loads the runner's module on those pages, and
 * copies PGlite into {@code pglite/}. Nothing of PGlite is requested before a reader presses Run.
 *
 * <p>The rendered listings are matched to the source's checked SQL listings in order, and their text must agree:
 * a page whose listings cannot be matched is a build error at the chapter's listing, never a Run button that
 * runs something else.
 */
public final class RunnerStage {

    static final String SCRIPT = "js/runner/runner.js";
    static final String DATA_DIR = "runner";

    private RunnerStage() {}

    /** What the stage did, for the build's log. */
    public record Summary(int pages, int listings, String downloadMb) {}

    public static Summary apply(Path projectDir, List<RenderedPage> pages, RunnerSettings settings, Path site,
                                Problems problems) {
        if (!settings.enabled()) {
            return new Summary(0, 0, "0");
        }
        String downloadMb = String.format(Locale.ROOT, "%.1f",
                PgliteFiles.copy(PgliteFiles.select(settings.pglitePackage()), site) / 1_000_000.0);
        String version = PgliteFiles.version(settings.pglitePackage());
        // each page is a document of its own with its own source: pages are done side by side, problems kept in order
        List<Marked> marked = pages.parallelStream().map(page -> {
            Problems found = new Problems();
            return new Marked(mark(projectDir, page, site, downloadMb, version, found), found);
        }).toList();
        int pageCount = 0;
        int listingCount = 0;
        for (Marked m : marked) {
            problems.addAll(m.problems().all());
            if (m.listings() > 0) {
                pageCount++;
                listingCount += m.listings();
            }
        }
        return new Summary(pageCount, listingCount, downloadMb);
    }

    private record Marked(int listings, Problems problems) {}

    /** Makes one page's checked SQL listings runnable; returns how many (0: none, or the page was left as it was). */
    private static int mark(Path projectDir, RenderedPage page, Path site, String downloadMb, String version,
                            Problems problems) {
        if (page.source().isEmpty() || !page.source().endsWith(".adoc")) {
            return 0;
        }
        RunnableListings listings = RunnableListings.of(page.source(), lines(projectDir.resolve(page.source())),
                problems);
        if (listings.listings().isEmpty() || !RenderedListings.mark(page, listings, problems)) {
            return 0;
        }
        String data = DATA_DIR + "/" + page.uri().replaceFirst("\\.html$", ".json");
        write(site.resolve(data), listings.json());
        addScript(page, data, downloadMb, version);
        return listings.listings().size();
    }

    /** The runner's module, with where the page's listings are and how big PGlite's download is. */
    private static void addScript(RenderedPage page, String data, String downloadMb, String version) {
        page.html().head().appendElement("script")
                .attr("type", "module")
                .attr("src", page.rootPrefix() + SCRIPT)
                .attr("data-sql-listings", page.rootPrefix() + data)
                .attr("data-download-mb", downloadMb)
                .attr("data-pglite-version", version);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            handbook.build.OutputFiles.replace(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
