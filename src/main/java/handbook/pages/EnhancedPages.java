package handbook.pages;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The preview's "read and enhance": {@link PageIO#readAll} then {@link PageEnhancer#enhance}, keeping each page's
 * enhanced document by its baked HTML (and source), so a rebuild parses and enhances only the pages whose baked HTML
 * changed and hands out copies of the others (the stages after this one change the documents they get). The
 * enhancement reads nothing but the page, so a kept copy is the page a full build makes. One per preview.
 */
public final class EnhancedPages {
    private record Kept(String baked, String source, Document enhanced) {}

    private Map<String, Kept> kept = new HashMap<>();
    private int enhancedInLastRun;

    /** The pages of {@code siteDir}, enhanced, as {@code PageIO.readAll} and {@code PageEnhancer.enhance} give them. */
    public synchronized List<RenderedPage> readAndEnhance(Path siteDir, Map<String, String> sources) {
        List<RenderedPage> pages = new ArrayList<>();
        Map<String, Kept> next = new HashMap<>();
        int enhanced = 0;
        try (Stream<Path> files = Files.walk(siteDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                String uri = siteDir.relativize(file).toString().replace('\\', '/');
                String baked = Files.readString(file, StandardCharsets.UTF_8);
                String source = sources.getOrDefault(uri, "");
                Kept before = kept.get(uri);
                Kept now;
                if (before != null && before.baked().equals(baked) && before.source().equals(source)) {
                    now = before;
                } else {
                    RenderedPage page = new RenderedPage(uri, source, Jsoup.parse(baked, ""));
                    PageEnhancer.enhance(page);
                    now = new Kept(baked, source, page.html().clone());
                    enhanced++;
                }
                next.put(uri, now);
                pages.add(new RenderedPage(uri, source, now.enhanced().clone()));
            }
        } catch (IOException e) {
            kept = new HashMap<>();
            throw new UncheckedIOException(e);
        }
        kept = next;
        enhancedInLastRun = enhanced;
        return pages;
    }

    /** How many pages the last run parsed and enhanced (the others were copies of kept ones). */
    public synchronized int enhancedInLastRun() {
        return enhancedInLastRun;
    }
}
