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
        List<String> uris = new ArrayList<>();
        Map<String, String> baked = new HashMap<>();
        try (Stream<Path> files = Files.walk(siteDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                String uri = siteDir.relativize(file).toString().replace('\\', '/');
                uris.add(uri);
                baked.put(uri, Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            kept = new HashMap<>();
            throw new UncheckedIOException(e);
        }
        Map<String, Kept> before = kept;
        // each page is a document of its own: the changed ones are parsed and enhanced, the others copied, in parallel
        List<Kept> now = uris.parallelStream().map(uri -> {
            String source = sources.getOrDefault(uri, "");
            Kept k = before.get(uri);
            if (k != null && k.baked().equals(baked.get(uri)) && k.source().equals(source)) {
                return k;
            }
            RenderedPage page = new RenderedPage(uri, source, Jsoup.parse(baked.get(uri), ""));
            PageEnhancer.enhance(page);
            return new Kept(baked.get(uri), source, page.html());
        }).toList();
        List<RenderedPage> pages = java.util.stream.IntStream.range(0, uris.size()).parallel()
                .mapToObj(i -> new RenderedPage(uris.get(i), now.get(i).source(), now.get(i).enhanced().clone()))
                .toList();
        Map<String, Kept> next = new HashMap<>();
        int enhanced = 0;
        for (int i = 0; i < uris.size(); i++) {
            next.put(uris.get(i), now.get(i));
            if (now.get(i) != before.get(uris.get(i))) {
                enhanced++;
            }
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
