package handbook.search;

import handbook.content.Chapter;
import handbook.content.SiteContent;
import handbook.glossary.Glossary;
import handbook.glossary.Term;
import handbook.pages.RenderedPage;
import handbook.search.lunr.LunrFieldAnalyses;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The preview's search stage: {@link SectionExtractor#extract} then {@link SearchIndexStage#build}, keeping what each
 * page gave from one build to the next. A page's documents are kept by what they are made from: the page as baked
 * (its file in the site, its source and URL: the enhanced and glossary-linked page is a function of these and the
 * glossary), its part's title, summary and link, its chapter, and the glossary (any change to it re-extracts every
 * page). The index is rebuilt from every document each time, from the fields' kept tokens
 * ({@link LunrFieldAnalyses}), so it is the full build's byte for byte. One per preview, one build at a time.
 */
public final class SearchMemory {
    /** What a page's documents depend on besides the glossary. */
    private record PageKey(String source, String baked, String partTitle, String partSummary, String partUri,
                           Chapter chapter) {}

    private record Kept(PageKey key, List<SearchDocument> documents) {}

    private final LunrFieldAnalyses analyses = new LunrFieldAnalyses();
    private List<Term> glossaryTerms = List.of();
    private Map<String, Kept> kept = new HashMap<>();
    private int extractedInLastBuild;

    /**
     * The search files of the pages in {@code siteDir} as baked (their HTML files not yet rewritten), what
     * {@code SearchIndexStage.build(SectionExtractor.extract(site, glossary, pages, termTexts))} gives.
     */
    public synchronized SearchIndexStage.SearchFiles build(Path siteDir, SiteContent site, Glossary glossary,
                                                           List<RenderedPage> pages, Map<String, String> termTexts) {
        List<Term> terms = glossary.terms();
        Map<String, Kept> reusable = terms.equals(glossaryTerms) ? kept : Map.of();
        Map<String, Kept> next = new HashMap<>();
        int[] extracted = {0};
        List<SearchDocument> docs = SectionExtractor.extract(site, glossary, pages, termTexts, (part, chapter, page) -> {
            PageKey key = new PageKey(page.source(), baked(siteDir, page.uri()), part.title(), part.summary(),
                    part.uri(), chapter);
            Kept before = reusable.get(page.uri());
            Kept now;
            if (before != null && before.key().equals(key)) {
                now = before;
            } else {
                now = new Kept(key, List.copyOf(SectionExtractor.pageDocuments(glossary, part, chapter, page)));
                extracted[0]++;
            }
            next.put(page.uri(), now);
            return now.documents();
        });
        analyses.startBuild();
        SearchIndexStage.SearchFiles files = SearchIndexStage.build(docs, analyses);
        glossaryTerms = terms;
        kept = next;
        extractedInLastBuild = extracted[0];
        return files;
    }

    /** How many pages the last build extracted sections from (the others' documents were kept). */
    public synchronized int extractedInLastBuild() {
        return extractedInLastBuild;
    }

    /** How many field texts the last build tokenised (the others' tokens were kept). */
    public synchronized int analysedInLastBuild() {
        return analyses.analysedInThisBuild();
    }

    private static String baked(Path siteDir, String uri) {
        try {
            return Files.readString(siteDir.resolve(uri), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
