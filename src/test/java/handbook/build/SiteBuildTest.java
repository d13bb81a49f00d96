package handbook.build;

import handbook.bake.JBakeOven;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds the fixture handbook end to end, in a temporary folder, and looks at the result as files. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteBuildTest {
    private final Path tmp = TestDirs.fresh("site-build");
    private final JBakeOven oven = new JBakeOven();
    private Path project;
    private Path site;
    private SiteBuild.BuildResult result;

    @BeforeAll
    void build() {
        project = FixtureProject.create(tmp.resolve("project"));
        site = project.resolve("target/site");
        result = new SiteBuild(BuildConfig.load(project, site, "/"), oven).run();
    }

    private Document page(String uri) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(uri)));
    }

    @Test
    void rendersEveryPageOfThePlan() {
        for (String uri : List.of("index.html", "404.html", "search.html", "glossary.html", "alpha/index.html",
                "alpha/first.html", "alpha/second.html", "beta/index.html", "beta/third.html", "sitemap.xml",
                "robots.txt", "glossary-flashcards.csv", "glossary.json", "alpha/images/box.svg", "css/handbook.css")) {
            assertTrue(Files.isRegularFile(site.resolve(uri)), uri);
        }
        assertFalse(Files.exists(site.resolve("glossary/idempotency.html")), "term files are not pages");
        assertFalse(Files.exists(site.resolve("_partials/shared.html")), "partials are not pages");
    }

    @Test
    void ordersChaptersByTheirHeaderNotLexically() throws IOException {
        Document home = page("index.html");
        List<String> sidebar = home.select("#sidebar .nav-chapters a").eachText();
        assertEquals(List.of("First Chapter", "Second Chapter", "Third Chapter"), sidebar);
        Document first = page("alpha/first.html");
        assertEquals("../alpha/second.html", first.selectFirst(".prev-next a.next").attr("href"));
        assertEquals("../alpha/index.html", first.selectFirst(".prev-next a.prev").attr("href"));
        assertEquals("../beta/index.html", page("alpha/second.html").selectFirst(".prev-next a.next").attr("href"));
    }

    @Test
    void chapterPageHasBreadcrumbsTocAnchorsAndEditLink() throws IOException {
        Document second = page("alpha/second.html");
        assertEquals(List.of("Home", "Part Alpha", "Second Chapter"), second.select(".breadcrumbs li").eachText());
        assertEquals("page", second.selectFirst("#sidebar a[href=../alpha/second.html]").attr("aria-current"));
        assertEquals(List.of("Why it matters in the interview", "Worked example", "Senior signals", "Interview questions",
                        "Common pitfalls", "Further reading"),
                second.select(".page-toc a").eachText());
        assertNotNull(second.selectFirst("h2#worked-example a.heading-anchor[href=#worked-example]"));
        assertEquals("https://github.com/sde-handbook/handbook/edit/main/content/alpha/second.adoc",
                second.selectFirst("a.edit-link").attr("href"));
        assertTrue(second.text().contains("This paragraph was included from inside the content tree."));
        var question = second.selectFirst("details.question.level-senior.round-sql");
        assertNotNull(question);
        assertEquals(List.of("Senior", "SQL"), question.select("summary .badge").eachText());
        assertNotNull(second.selectFirst("pre.rouge code span.k"), "code is highlighted at build time");
        assertTrue(second.select("script").stream().noneMatch(s -> s.attr("src").contains("highlight")));
    }

    @Test
    void chapterPageShowsWhenItWasCheckedAndLinksItsCorrections() throws IOException {
        Document first = page("alpha/first.html");
        var stamp = first.selectFirst(".doc-header .doc-checked");
        assertNotNull(stamp, "the stamp line under the title");
        assertTrue(stamp.text().startsWith("Checked in November 2026 against PostgreSQL 18, Apache Kafka 4.1, Amazon S3."),
                stamp.text());
        assertEquals("2026-11", stamp.selectFirst("time").attr("datetime"));
        assertEquals(List.of("../versions.html#tech-postgresql", "../versions.html#tech-apache-kafka",
                "../versions.html#tech-amazon-s3"), stamp.select("a[href^=../versions]").eachAttr("href"));
        // Newest first: the entry of 1 December, then the one of 20 November.
        assertEquals(List.of("../changes.html#changes-2026-12-01-alpha-first", "../changes.html#changes-2026-11-20-alpha-first"),
                stamp.select("a[href^=../changes]").eachAttr("href"));
        assertEquals("1 December 2026 (1 change)", stamp.select("a[href^=../changes]").first().text());
        assertTrue(page("alpha/second.html").select(".doc-checked a[href^=../changes]").isEmpty(),
                "a chapter without corrections links none");
    }

    @Test
    void versionsPageListsEveryTechnologyWithItsChapters() throws IOException {
        Document versions = page("versions.html");
        assertEquals("Versions the handbook is checked against", versions.selectFirst("h1").text());
        var kafka = versions.getElementById("tech-apache-kafka");
        assertNotNull(kafka);
        assertEquals("Apache Kafka", kafka.selectFirst("th").text());
        assertEquals(List.of("alpha/first.html", "alpha/second.html"), kafka.select("td a").eachAttr("href"));
        var postgres = versions.getElementById("tech-postgresql");
        assertEquals("2", postgres.selectFirst("th").attr("rowspan"), "two versions: 17 and 18, in order");
        assertEquals("17", postgres.select("td").first().text());
        assertEquals("current service", versions.getElementById("tech-amazon-s3").select("td").first().text());
        assertEquals(List.of("Amazon S3", "Apache Kafka", "Apache Spark", "PostgreSQL"), versions.select("tbody th").eachText());
    }

    @Test
    void changesPageListsCorrectionsNewestFirstAsPlainText() throws IOException {
        Document changes = page("changes.html");
        assertEquals("What changed", changes.selectFirst("h1").text());
        assertEquals(List.of("1 December 2026", "20 November 2026"), changes.select("section.changes-day > h2 time").eachText());
        assertEquals("4 corrections: 1 wrong, 1 outdated, 2 misleading.", changes.selectFirst(".changes-total").text());
        var day = changes.selectFirst("section.changes-day");
        assertEquals(List.of("First Chapter", "Third Chapter", "Glossary"), day.select("h3 > a:not(.heading-anchor)").eachText(),
                "chapters in reading order, the glossary last");
        var wrong = changes.selectFirst("#changes-2026-12-01-alpha-first + ul li");
        assertEquals("Wrong", wrong.selectFirst(".severity-wrong").text());
        assertEquals("alpha/first.html#why-it-matters-in-the-interview", wrong.selectFirst("a").attr("href"));
        assertEquals("Why it matters in the interview", wrong.selectFirst("a").text(), "the section's heading");
        assertTrue(wrong.text().contains("a star schema <b>normalises</b> dimensions"), "the change is text, not markup");
        assertTrue(changes.select("li.change b").isEmpty());
        assertEquals("glossary.html#term-star-schema", changes.selectFirst("#changes-2026-12-01-glossary + ul a").attr("href"));
        assertNotNull(page("index.html").selectFirst("main a[href=changes.html]"), "the home page links the errata");
        assertNotNull(page("beta/third.html").selectFirst("footer a[href=../changes.html]"), "so does every footer");
        assertTrue(Files.readString(site.resolve("sitemap.xml")).contains("changes.html"));
    }

    @Test
    void linksTermsToTheGlossaryWithTooltipsAndBacklinks() throws IOException {
        Document first = page("alpha/first.html");
        var term = first.selectFirst("a.term[data-term=star-schema]");
        assertEquals("../glossary.html#term-star-schema", term.attr("href"));
        assertEquals("star schema", term.text());
        assertEquals("tip-star-schema", term.attr("aria-describedby"));
        assertEquals("A fact table joined directly to denormalised dimension tables.",
                first.getElementById("tip-star-schema").text());
        assertEquals(List.of("Star schema"), first.select(".chapter-terms li").eachText());

        Document glossary = page("glossary.html");
        var entry = glossary.getElementById("term-star-schema").parent();
        assertTrue(entry.hasClass("glossary-entry"));
        assertEquals("Used in 2 sections", entry.select("details.term-backlinks[data-term=star-schema] > summary").text());
        assertTrue(entry.select(".term-backlinks a").isEmpty(), "the list loads when opened");
        var used = handbook.build.Json.mapper().readTree(Files.readString(site.resolve("glossary-backlinks.json"))).get("star-schema");
        assertEquals("[{\"s\":[[\"why-it-matters-in-the-interview\",\"Why it matters in the interview\"],[\"details\",\"Details\"]],"
                + "\"t\":\"" + used.get(0).get("t").asText() + "\",\"u\":\"alpha/first.html\"}]", used.toString());
        assertEquals("star schema|star schemas", entry.attr("data-names"));
        assertEquals(List.of("I", "S", "U"), glossary.select(".letter-bar a").eachText());
        assertTrue(result.warnings().stream().anyMatch(p -> p.file().equals("content/glossary/unused-term.adoc")
                && p.message().contains("no chapter references")));
    }

    @Test
    void exportsFlashcards() throws IOException {
        String csv = Files.readString(site.resolve("glossary-flashcards.csv"));
        assertTrue(csv.startsWith("#separator:Comma\n#html:true\n"));
        assertTrue(csv.contains("\"Idempotency<br><small>idempotent, idempotence</small>\""));
        String json = Files.readString(site.resolve("glossary.json"));
        assertTrue(json.contains("\"usedIn\":[\"alpha/second.html#why-it-matters-in-the-interview\""));
    }

    /** No override: the base path is the path of site.url in jbake.properties (https://sde-handbook.github.io/handbook). */
    @Test
    void aDefaultBuildIsForThePathOfTheSiteUrlIncludingThe404Page() throws IOException {
        Path sub = project.resolve("target/site-sub");
        new SiteBuild(BuildConfig.load(project, sub, null), oven).run();
        Document notFound = Jsoup.parse(Files.readString(sub.resolve("404.html")));
        assertEquals("/handbook/", notFound.selectFirst("head base").attr("href"));
        assertEquals("css/handbook.css", notFound.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals("index.html", notFound.selectFirst("article a").attr("href"));
        String sitemap = Files.readString(sub.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://sde-handbook.github.io/handbook/alpha/first.html</loc>"));
        assertTrue(sitemap.contains("<loc>https://sde-handbook.github.io/handbook/</loc>"), "the home page");
        assertEquals("User-agent: *\nAllow: /\nSitemap: https://sde-handbook.github.io/handbook/sitemap.xml\n",
                Files.readString(sub.resolve("robots.txt")));
        // Every other page links relatively, so it works at any depth and under any prefix.
        Document chapter = Jsoup.parse(Files.readString(sub.resolve("alpha/first.html")));
        assertTrue(chapter.select("a[href], link[href], script[src]").stream()
                .map(e -> e.hasAttr("href") ? e.attr("href") : e.attr("src"))
                .noneMatch(u -> u.startsWith("/")));
        assertNotNull(Jsoup.parse(Files.readString(site.resolve("404.html"))).selectFirst("head base[href=/]"));
        assertTrue(Files.readString(site.resolve("sitemap.xml")).contains("<loc>https://sde-handbook.github.io/alpha/first.html</loc>"),
                "overridden with /: the domain root");
    }

    @Test
    void publishesEveryQuestionAsDataAndAsAnAnkiDeck() throws IOException {
        assertEquals(18, handbook.practice.QuestionBankFiles.assertComplete(project.resolve("content"), site));
        Document first = page("alpha/first.html");
        assertEquals(6, first.select("details.question[id^=first-]").size(), "each question is an anchor");
        assertEquals("6", first.selectFirst("#sidebar a[data-chapter=alpha/second.html]").attr("data-questions"));
        assertTrue(Files.isRegularFile(site.resolve("practice.html")));
    }

    @Test
    void noPublishedFileNamesAPathOfTheBuildMachine() throws IOException {
        // L8 of the red-team report: the site must not reveal where it was built.
        List<String> leaks = new java.util.ArrayList<>();
        String projectPath = project.toAbsolutePath().toString();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.matches(".*\\.(html|json|xml|txt|csv|css|js|svg)")) {
                    continue;
                }
                String text = Files.readString(f);
                for (String needle : List.of(projectPath, System.getProperty("user.home") + "/", "/tmp/")) {
                    if (text.contains(needle)) {
                        leaks.add(site.relativize(f) + " contains " + needle);
                    }
                }
            }
        }
        assertEquals(List.of(), leaks);
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical() throws IOException {
        Path again = project.resolve("target/site-again");
        new SiteBuild(BuildConfig.load(project, again, "/"), oven).run();
        assertEquals(tree(site), tree(again));
    }

    static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(f).toString(), new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
