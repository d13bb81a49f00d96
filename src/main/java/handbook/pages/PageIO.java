package handbook.pages;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads every HTML page of a baked site into memory, and writes them back byte-stably. */
public final class PageIO {
    private PageIO() {}

    /** @param sources site-relative URL → source file, for the pages that have one */
    public static List<RenderedPage> readAll(Path siteDir, Map<String, String> sources) {
        List<RenderedPage> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(siteDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                String uri = siteDir.relativize(file).toString().replace('\\', '/');
                Document doc = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), "");
                pages.add(new RenderedPage(uri, sources.getOrDefault(uri, ""), doc));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    /** Writes every page; each is its own document and file, so they are serialised and written in parallel. */
    public static void writeAll(Path siteDir, List<RenderedPage> pages) {
        pages.parallelStream().forEach(page -> write(siteDir.resolve(page.uri()), page.html()));
    }

    public static void write(Path file, Document doc) {
        doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8)
                .escapeMode(Entities.EscapeMode.base).syntax(Document.OutputSettings.Syntax.html);
        try {
            handbook.build.OutputFiles.replace(file, doc.outerHtml().getBytes(StandardCharsets.UTF_8)); // never through a link
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
