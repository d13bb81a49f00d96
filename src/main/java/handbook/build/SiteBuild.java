package handbook.build;

import handbook.bake.IncrementalBake;
import handbook.bake.JBakeOven;
import handbook.book.BookDownloads;
import handbook.bake.Stage;
import handbook.bake.Staging;
import handbook.content.ContentAllowlist;
import handbook.content.ContentLimits;
import handbook.content.ContentScanner;
import handbook.content.GitHistory;
import handbook.content.NavigationData;
import handbook.content.SiteContent;
import handbook.currency.VersionsPage;
import handbook.errata.ChangesPage;
import handbook.lint.LinkTargets;
import handbook.glossary.Backlink;
import handbook.glossary.FlashcardExporter;
import handbook.glossary.Glossary;
import handbook.glossary.GlossaryLinker;
import handbook.glossary.GlossaryPageDecorator;
import handbook.glossary.GlossaryPageSource;
import handbook.glossary.GlossaryTexts;
import handbook.glossary.TermRegistry;
import handbook.lint.ContentLinter;
import handbook.pages.ContentReport;
import handbook.pages.ContentSecurityPolicy;
import handbook.pages.PageEnhancer;
import handbook.pages.PageIO;
import handbook.pages.RenderedPage;
import handbook.practice.PracticePageSource;
import handbook.practice.PracticeStage;
import handbook.publish.SiteChecker;
import handbook.search.SearchIndexStage;
import handbook.search.SectionExtractor;
import handbook.publish.SitePublisher;
import handbook.publish.SitemapWriter;
import handbook.runner.RunnerSettings;
import handbook.runner.RunnerStage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The build, as a recipe: scan content → check it (with the chapters' currency stamps and the errata) → stage → bake (JBake) → read the pages → enhance them →
 * glossary → search index → practice (questions as data) → SQL runner (Run buttons, PGlite) → write → check the site → publish. Every stage adds its problems to one list; the build
 * stops at the first stage that ends with errors, reporting all of them, and only a successful build replaces the
 * published site.
 */
public final class SiteBuild {
    private final BuildConfig config;
    private final JBakeOven oven;
    private final RunnerSettings runner;
    private final BuildMemory memory;

    /** A full build without the SQL runner (fixture and hostile-corpus builds). */
    public SiteBuild(BuildConfig config, JBakeOven oven) {
        this(config, oven, RunnerSettings.disabled(), null);
    }

    /** A full build: what {@code mvn package} and the tests run. */
    public SiteBuild(BuildConfig config, JBakeOven oven, RunnerSettings runner) {
        this(config, oven, runner, null);
    }

    /** A build without the SQL runner that may reuse what {@code memory} kept (see the four-argument form). */
    public SiteBuild(BuildConfig config, JBakeOven oven, BuildMemory memory) {
        this(config, oven, RunnerSettings.disabled(), memory);
    }

    /**
     * A build that may reuse what {@code memory} kept from the builds before it (the preview's; {@code null} for a
     * full build): the same stages on the same inputs, skipping the work whose inputs did not change. Its output is
     * the full build's, byte for byte.
     */
    public SiteBuild(BuildConfig config, JBakeOven oven, RunnerSettings runner, BuildMemory memory) {
        this.config = config;
        this.oven = oven;
        this.runner = runner;
        this.memory = memory;
    }

    /** Builds the site into {@link BuildConfig#outputDir()}; throws {@link BuildFailedException} on errors. */
    public BuildResult run() {
        return run(null);
    }

    /**
     * Builds the site, told which source files (absolute paths) changed since the build before: a preview rebuild
     * then rereads only those for the stage. {@code null}: not known, every file is looked at.
     */
    public BuildResult run(java.util.Set<Path> changedSources) {
        if (memory != null) {
            memory.stage().changed(changedSources); // kept until staged, even if this build fails before the stage
        }
        long start = System.nanoTime();
        Timings timings = new Timings();
        Problems problems = new Problems();
        ContentAllowlist.check(config.projectDir(), problems);
        problems.failIfErrors("checking the content tree"); // nothing below may open a refused file
        ContentLimits.check(config.projectDir(), problems);
        problems.failIfErrors("checking content sizes"); // the lint's and Asciidoctor's time stays bounded
        SiteContent site = new ContentScanner(config.projectDir(), problems).scan();
        Glossary glossary = TermRegistry.load(config.projectDir(), problems);
        problems.failIfErrors("checking content");
        // Lint problems do not stop the bake: one run reports them together with the bake's own.
        ContentLinter.Result checked = ContentLinter.lint(config.projectDir(), site, glossary, problems,
                memory == null ? null : memory.lint());
        timings.lap("scan and lint");

        SitePublisher publisher = new SitePublisher(config.outputDir());
        Path work = publisher.freshWorkingDir();
        try {
            List<Problem> baked;
            if (memory == null) {
                Stage stage = Staging.assemble(config.projectDir(), stageDir(), generatedFiles(site, glossary, checked, problems));
                timings.lap("stage");
                baked = oven.bake(stage, work, templateSettings());
            } else {
                Staging.Synced synced = memory.stage().sync(config.projectDir(), stageDir(), generatedFiles(site, glossary, checked, problems));
                timings.lap("stage");
                IncrementalBake.Result result = memory.bake().bake(synced, work, templateSettings());
                baked = result.problems();
                lastBakedAlone = result.bakedAlone();
            }
            problems.addAll(GlossaryPageSource.relocate(baked, glossary, config.projectDir()));
            problems.failIfErrors("baking");
            timings.lap("bake (JBake, Asciidoctor, Freemarker)");

            List<RenderedPage> pages;
            if (memory == null) {
                pages = PageIO.readAll(work, sources(site));
                pages.forEach(PageEnhancer::enhance);
            } else {
                pages = memory.pages().readAndEnhance(work, sources(site)); // only changed pages parsed and enhanced
            }
            timings.lap("read and enhance pages");
            Map<String, List<Backlink>> backlinks = GlossaryLinker.link(glossary, pages, problems);
            RenderedPage glossaryPage = pages.stream().filter(p -> p.uri().equals(GlossaryPageSource.URI)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the glossary page was not rendered"));
            GlossaryPageDecorator.decorate(glossaryPage, glossary, backlinks);
            write(work.resolve(GlossaryPageDecorator.BACKLINKS_FILE), Json.write(GlossaryPageDecorator.backlinksData(backlinks)));
            Map<String, String> longText = GlossaryTexts.longDefinitions(glossaryPage, glossary);
            write(work.resolve(FlashcardExporter.CSV_FILE), FlashcardExporter.csv(glossary, longText));
            write(work.resolve(FlashcardExporter.JSON_FILE), FlashcardExporter.json(glossary, longText, backlinks));

            timings.lap("glossary");
            SearchIndexStage.SearchFiles search = memory == null
                    ? SearchIndexStage.build(SectionExtractor.extract(site, glossary, pages, longText))
                    : memory.search().build(work, site, glossary, pages, longText); // only changed pages extracted
            write(work.resolve(SearchIndexStage.INDEX_FILE), search.index());
            write(work.resolve(SearchIndexStage.STORE_FILE), search.store());
            search.texts().forEach((path, text) -> write(work.resolve(path), text));
            SearchIndexStage.stamp(pages, search.version());
            if (memory == null) {
                write(config.outputDir().resolveSibling(SearchIndexStage.LUNR_INDEX_FILE), search.lunrIndex());
                write(config.outputDir().resolveSibling(SearchIndexStage.DOCUMENTS_FILE), search.input());
            } else {
                forgetUnpublished(SearchIndexStage.LUNR_INDEX_FILE, SearchIndexStage.DOCUMENTS_FILE);
            }
            timings.lap("search index");
            PracticeStage.PracticeFiles practice = PracticeStage.build(site, pages, problems);
            write(work.resolve(PracticeStage.JSON_FILE), practice.json());
            write(work.resolve(PracticeStage.CSV_FILE), practice.csv());
            problems.failIfErrors("extracting questions");
            timings.lap("practice");
            RunnerStage.apply(config.projectDir(), pages, runner, work, problems);
            problems.failIfErrors("making SQL listings runnable");
            timings.lap("sql runner");
            if (memory == null) {
                write(config.outputDir().resolveSibling(CONTENT_REPORT), ContentReport.markdown(
                        ContentReport.rows(config.projectDir(), site, pages)));
            } else {
                forgetUnpublished(CONTENT_REPORT);
            }
            pages.parallelStream().forEach(ContentSecurityPolicy::apply); // each page its own document
            PageIO.writeAll(work, pages);
            writeSiteFiles(work, site);
            timings.lap("write");
            SiteChecker.check(config.projectDir(), work, site, pages, problems);
            problems.failIfErrors("checking the site");
            publisher.publish(work);
            timings.lap("check and publish");
            return new BuildResult(problems.all(), pages.size(), (System.nanoTime() - start) / 1_000_000, timings.laps(),
                    lastBakedAlone);
        } catch (RuntimeException e) {
            publisher.discard(work);
            throw e;
        }
    }

    /** Not published: the chapters' figures for reviews, written by full builds ({@code mvn package}). */
    static final String CONTENT_REPORT = "content-report.md";

    /**
     * The preview's rebuilds do not write the files beside the site that only reviews and the lunr.js comparison
     * read (the content report, lunr's own JSON of the index and its input: ≈ 4 MB of text and a tenth of a rebuild's
     * work); they remove earlier copies instead, so none is left that does not match the site.
     */
    private void forgetUnpublished(String... names) {
        try {
            for (String name : names) {
                Files.deleteIfExists(config.outputDir().resolveSibling(name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path stageDir() {
        return config.outputDir().resolveSibling("handbook-stage");
    }

    private Map<String, Object> templateSettings() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("site.basepath", config.basePath());
        settings.put("site.title", config.siteTitle());
        settings.put("site.repository", config.repositoryUrl());
        settings.put("site.branch", config.branch());
        return settings;
    }

    /** Generated pages (glossary, versions, what changed) and the data their templates and the chapters draw from. */
    private Map<String, String> generatedFiles(SiteContent site, Glossary glossary, ContentLinter.Result checked,
                                               Problems problems) {
        Map<String, String> files = new TreeMap<>();
        files.put(GlossaryPageSource.FILE, GlossaryPageSource.of(glossary, site.parts().stream()
                .collect(java.util.stream.Collectors.toMap(handbook.content.Part::id, handbook.content.Part::title))));
        files.put(VersionsPage.FILE, VersionsPage.source());
        files.put(ChangesPage.FILE, ChangesPage.source());
        files.put(PracticePageSource.FILE, PracticePageSource.source());
        files.put(BookDownloads.DATA_FILE, Json.write(BookDownloads.data(config.book(), problems)));
        files.put(VersionsPage.DATA_FILE, Json.write(VersionsPage.data(checked.stamps())));
        Map<String, Object> changes = ChangesPage.data(checked.corrections(), site, glossary,
                new LinkTargets(config.projectDir(), glossary));
        files.put(ChangesPage.DATA_FILE, Json.write(changes));
        Map<String, Map<String, Object>> chapterInfo = new TreeMap<>();
        checked.stamps().forEach(s -> chapterInfo.computeIfAbsent(s.uri(), k -> new TreeMap<>())
                .put("stamp", VersionsPage.stampLine(s)));
        @SuppressWarnings("unchecked")
        Map<String, Object> byPage = (Map<String, Object>) changes.get("byPage");
        byPage.forEach((uri, groups) -> chapterInfo.computeIfAbsent(uri, k -> new TreeMap<>()).put("corrections", groups));
        files.put("data/navigation.yml", Json.write(NavigationData.of(site, GitHistory.lastChanged(config.projectDir()),
                chapterInfo)));
        return files;
    }

    private static Map<String, String> sources(SiteContent site) {
        Map<String, String> sources = new HashMap<>();
        site.pages().forEach(p -> sources.put(p.uri(), p.source()));
        site.parts().forEach(p -> {
            sources.put(p.uri(), p.source());
            p.chapters().forEach(c -> sources.put(c.uri(), c.source()));
        });
        return sources;
    }

    /** lunr.js comes from its WebJar (Maven Central), so building the site needs no npm. */
    static final String LUNR_RESOURCE = "META-INF/resources/webjars/lunr/2.3.9/lunr.min.js";

    private void writeSiteFiles(Path work, SiteContent site) {
        try (var in = SiteBuild.class.getClassLoader().getResourceAsStream(LUNR_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("lunr.min.js is missing from the classpath (org.webjars.npm:lunr)");
            }
            OutputFiles.replace(work.resolve("js/lunr.min.js"), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(work.resolve("sitemap.xml"), SitemapWriter.sitemap(config, site,
                List.of(ChangesPage.URI, GlossaryPageSource.URI, PracticePageSource.URI, VersionsPage.URI)));
        write(work.resolve("robots.txt"), SitemapWriter.robots(config));
        BookDownloads.copy(config.book(), work);
    }

    static void write(Path file, String text) {
        try {
            OutputFiles.replace(file, text.getBytes(StandardCharsets.UTF_8)); // a new file: never written through a link
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What a successful build reports: its warnings, its size, its time, each stage's time, and the documents baked
     * alone (a preview rebuild; empty when everything was baked).
     */
    public record BuildResult(List<Problem> warnings, int pages, long millis, Map<String, Long> stageMillis,
                              java.util.Set<String> bakedAlone) {}

    private java.util.Set<String> lastBakedAlone = java.util.Set.of();

    /** Milliseconds per stage, in order, for the build's closing line. */
    private static final class Timings {
        private final Map<String, Long> laps = new java.util.LinkedHashMap<>();
        private long last = System.nanoTime();

        void lap(String stage) {
            long now = System.nanoTime();
            laps.put(stage, (now - last) / 1_000_000);
            last = now;
        }

        Map<String, Long> laps() {
            return java.util.Collections.unmodifiableMap(laps);
        }
    }
}
