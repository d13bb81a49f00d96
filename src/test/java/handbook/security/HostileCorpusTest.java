package handbook.security;

import handbook.bake.JBakeOven;
import handbook.build.BuildConfig;
import handbook.build.BuildFailedException;
import handbook.build.Problem;
import handbook.build.SiteBuild;
import handbook.build.TestDirs;
import handbook.content.ContentAllowlist;
import handbook.content.ContentLimits;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hostile corpus, built: every probe either fails the build with its file (and line, where it has lines) or is
 * published inert. Five builds in all; the inert site is then driven in Chromium by {@code HostileCorpusIT}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileCorpusTest {
    private final Path tmp = TestDirs.fresh("hostile");
    private final JBakeOven oven = new JBakeOven();

    private List<Problem> failingBuild(Path project) {
        BuildFailedException e = assertThrows(BuildFailedException.class,
                () -> new SiteBuild(BuildConfig.load(project, project.resolve("target/site"), ""), oven).run());
        assertFalse(Files.exists(project.resolve("target/site")), "a failed build publishes nothing");
        return e.problems().stream().filter(Problem::isError).toList();
    }

    /** Every probe of the group has an error in its file, within its lines. */
    private static void assertEveryProbeRefused(String group, List<Problem> errors, int expectedProbes) {
        List<HostileCorpus.Probe> probes = HostileCorpus.probes(group);
        List<String> missed = new ArrayList<>();
        for (HostileCorpus.Probe p : probes) {
            if (errors.stream().noneMatch(e -> p.covers(e.file(), e.line()))) {
                missed.add(p.toString());
            }
            if (p.first() > 0) {
                if (errors.stream().noneMatch(e -> p.covers(e.file(), e.line()) && e.line() > 0)) {
                    missed.add(p + " (no line)");
                }
            }
        }
        assertEquals(List.of(), missed, "probes the build did not refuse; errors were:\n"
                + String.join("\n", errors.stream().map(Problem::format).toList()));
        assertEquals(expectedProbes, probes.size(), probes.toString());
    }

    @Test
    void theContentTreeGroupIsRefusedBeforeAnythingReadsIt() throws IOException {
        Path project = HostileCorpus.project("tree", tmp.resolve("tree"));
        Files.createSymbolicLink(project.resolve("content/glossary/leaked-term.adoc"), project.resolve("jbake.properties"));
        Files.createSymbolicLink(project.resolve("content/_partials/link.adoc"), project.resolve("jbake.properties"));
        Files.createSymbolicLink(project.resolve("content/_partials/dirlink"), project.resolve("templates"));
        Path touched = Path.of("target/hostile-yaml-touched");
        Files.deleteIfExists(touched);
        List<Problem> errors = failingBuild(project);
        assertEveryProbeRefused("tree", errors, 28);
        assertFalse(Files.exists(touched), "the YAML gadget ran");
        assertFalse(Files.exists(project.resolve("target/handbook-stage")), "nothing was staged");
    }

    @Test
    void theLimitsGroupIsRefusedBeforeTheLintOrAsciidoctorRun() throws IOException {
        Path project = HostileCorpus.project("limits", tmp.resolve("limits"));
        // D5 and D6: 1 MB lines that made the old lint quadratic (hours); written here, not kept in the repository.
        Path redos = project.resolve("content/alpha/redos.adoc");
        Files.writeString(redos, "= ReDoS\n:order: 94\n:summary: Long lines.\n\n// probe: D5\nimage::" + "a[".repeat(500_000)
                + "\n\n// probe: D6\n" + "-term:".repeat(170_000) + "\n", StandardCharsets.UTF_8);
        long start = System.nanoTime();
        List<Problem> errors = failingBuild(project);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(errors.stream().anyMatch(e -> e.format().startsWith("content/alpha/redos.adoc:6: error: the line has 1000007")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.format().startsWith("content/alpha/redos.adoc:9: error: the line has 1020000")), errors.toString());
        assertEveryProbeRefused("limits", errors, 5);
        assertTrue(millis < 5_000, "the limits stage took " + millis + " ms");
    }

    @Test
    void theHeadersGroupIsRefusedByTheScanner() {
        Path project = HostileCorpus.project("headers", tmp.resolve("headers"));
        assertEveryProbeRefused("headers", failingBuild(project), 5);
    }

    @Test
    void everyMarkupProbeFailsTheBuildAtItsLine() throws IOException {
        Path project = HostileCorpus.project("markup", tmp.resolve("markup"));
        // E25: a lone CR splits lines for Java but not for Asciidoctor; kept out of the repository's text files.
        Files.writeString(project.resolve("content/_partials/lone-cr.adoc"), "// probe: E25\ncr125\r----\n\n++++\n"
                + "<img src=\"data:,\" onerror=\"alert(125)\">\n++++\n\ncr125\r----\n");
        Files.writeString(project.resolve("content/alpha/probes.adoc"), Files.readString(project.resolve(
                "content/alpha/probes.adoc")) + "\ninclude::../_partials/lone-cr.adoc[]\n");
        List<Problem> errors = failingBuild(project);
        assertEveryProbeRefused("markup", errors, 0 + HostileCorpus.probes("markup").size());
        assertTrue(errors.stream().anyMatch(e -> e.file().equals("content/_partials/lone-cr.adoc") && e.line() > 0),
                errors.stream().map(Problem::format).toList().toString());
    }

    private static final Set<String> PUBLISHED_TYPES = Set.of("html", "css", "js", "json", "csv", "xml", "txt", "svg",
            "png", "jpg", "jpeg", "gif", "webp");

    @Test
    void theInertGroupPublishesNothingActive() throws IOException {
        Path site = HostileCorpus.buildInertSite(tmp.resolve("inert"), oven);
        List<String> found = new ArrayList<>();
        // S11: a :jbake-uri: climbing out of the site must not place the page anywhere else.
        try (Stream<Path> all = Files.walk(tmp)) {
            if (Files.exists(Path.of("/tmp/handbook-probe-s11.html"))
                    || all.anyMatch(f -> f.getFileName().toString().equals("handbook-probe-s11.html"))) {
                found.add("S11: the page was written where :jbake-uri: pointed");
            }
        }
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String rel = site.relativize(file).toString().replace('\\', '/');
                String ext = rel.substring(rel.lastIndexOf('.') + 1);
                if (!PUBLISHED_TYPES.contains(ext)) {
                    found.add(rel + ": a file type outside the allowlist");
                }
                if (Files.size(file) > ContentLimits.MAX_PAGE_BYTES) {
                    found.add(rel + ": " + Files.size(file) + " bytes");
                }
                if (ext.equals("html")) {
                    Document doc = Jsoup.parse(Files.readString(file), "");
                    if (doc.selectFirst("meta[http-equiv=Content-Security-Policy]") == null) {
                        found.add(rel + ": no Content-Security-Policy");
                    }
                    for (Element el : doc.getAllElements()) {
                        for (Attribute a : el.attributes()) {
                            String value = a.getValue().replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
                            if (a.getKey().toLowerCase(Locale.ROOT).startsWith("on")) {
                                found.add(rel + ": <" + el.tagName() + " " + a.getKey() + ">");
                            }
                            if (value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:text")) {
                                found.add(rel + ": <" + el.tagName() + " " + a.getKey() + "=" + a.getValue() + ">");
                            }
                        }
                    }
                    doc.select("script").forEach(sc -> {
                        if (!sc.hasAttr("src") || !sc.data().isBlank()) {
                            found.add(rel + ": an inline script");
                        }
                    });
                    doc.select("base, meta[http-equiv=refresh], link[rel=stylesheet][href*=//], style, iframe, object, embed, form[action*=:]")
                            .forEach(el -> {
                                if (!(el.tagName().equals("base") && rel.equals("404.html"))) {
                                    found.add(rel + ": " + el.outerHtml());
                                }
                            });
                }
            }
        }
        assertEquals(List.of(), found);
        String page = Files.readString(site.resolve("alpha/inert.html"));
        assertTrue(page.contains("alert(131)") && page.contains("&lt;img src=x onerror=alert(133)&gt;"), "the probes' text is shown as text");
        for (String line : Files.readAllLines(site.resolve("glossary-flashcards.csv"))) {
            assertFalse(line.matches("^\"?[=+\\-@\\t\\r].*"), "a CSV cell that spreadsheets evaluate: " + line);
        }
        assertTrue(Files.readString(site.resolve("glossary-flashcards.csv")).contains("\"'=HYPERLINK("), "E50 neutralised");
        // L6: the date attributes are fixed, so the page is the same in a second build.
        Path again = HostileCorpus.buildInertSite(tmp.resolve("inert-again"), oven);
        assertEquals(page, Files.readString(again.resolve("alpha/inert.html")), "two builds of the inert group differ");
    }
}
