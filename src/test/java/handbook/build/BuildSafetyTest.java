package handbook.build;

import handbook.bake.JBakeOven;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contributed chapters are untrusted: what must not happen, and what a failed build must not destroy. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BuildSafetyTest {
    private final Path tmp = TestDirs.fresh("build-safety");
    private final JBakeOven oven = new JBakeOven();

    private BuildFailedException failingBuild(Path project) {
        return assertThrows(BuildFailedException.class,
                () -> new SiteBuild(BuildConfig.load(project, project.resolve("target/site"), ""), oven).run());
    }

    @Test
    void refusesIncludesOutsideTheContentTreeWithFileAndLine() throws IOException {
        Path project = FixtureProject.create(tmp.resolve("includes"));
        Path secret = project.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-VALUE");
        FixtureProject.write(project.resolve("content/beta/evil.adoc"), String.join("\n",
                "= Evil Chapter", ":order: 5", ":summary: Tries to read files it must not.", "",
                "== Why it matters in the interview", "",
                "include::/etc/hostname[]", "",
                "include::../../secret.txt[]", "",
                "include::" + secret.toAbsolutePath() + "[]", "",
                "include::https://example.com/x.adoc[]", ""));
        BuildFailedException e = failingBuild(project);
        List<String> messages = e.problems().stream().filter(Problem::isError).map(Problem::format).toList();
        assertTrue(messages.contains("content/beta/evil.adoc:7: error: include refused: /etc/hostname (the target is outside content/)"), messages.toString());
        assertTrue(messages.contains("content/beta/evil.adoc:9: error: include refused: ../../secret.txt (the target is outside content/)"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("content/beta/evil.adoc:11: error: include refused: /")), messages.toString());
        assertTrue(messages.contains("content/beta/evil.adoc:13: error: include refused: https://example.com/x.adoc (includes of URLs are not allowed)"), messages.toString());
        assertFalse(Files.exists(project.resolve("target/site")), "nothing is published by a failed build");
    }

    @Test
    void doesNotExposeJvmSystemPropertiesAsAttributes() throws IOException {
        Path project = FixtureProject.create(tmp.resolve("attributes"));
        FixtureProject.write(project.resolve("content/beta/leak.adoc"), String.join("\n",
                "= Leak Chapter", ":order: 6", ":summary: Tries to print the build machine's properties.", "",
                "== Why it matters in the interview", "",
                "User [{user_name}] home [{user_home}] java [{java_home}] docdir [{docdir}] root [{handbook-content-root}].", ""));
        BuildFailedException e = failingBuild(project);
        List<String> messages = e.problems().stream().map(Problem::format).toList();
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("content/beta/leak.adoc:7: error:") && m.contains("user_name")),
                messages.toString());
        String html = Files.readString(project.resolve("target/handbook-stage/content/beta/leak.adoc"));
        assertTrue(html.contains("{user_name}"), "the source is untouched");
        // Render leniently to look at the output itself: nothing of the machine shows.
        String rendered = renderedBodyOf(project, "beta/leak.html");
        assertFalse(rendered.contains(System.getProperty("user.name") + "]"), rendered);
        assertFalse(rendered.contains(System.getProperty("java.home")), rendered);
        assertFalse(rendered.contains(System.getProperty("user.home") + "]"), rendered);
        assertFalse(rendered.contains(project.toAbsolutePath().toString()), rendered);
    }

    private String renderedBodyOf(Path project, String uri) throws IOException {
        // The failed build's working folder is discarded, so bake the stage directly.
        Path out = project.resolve("target/inspect");
        var stage = handbook.bake.Staging.assemble(project, project.resolve("target/inspect-stage"),
                java.util.Map.of("data/navigation.yml", "{\"parts\":[],\"pages\":{}}",
                        "content/glossary.adoc", "= Glossary\n:jbake-type: glossary\n\nx\n"));
        oven.bake(stage, out, java.util.Map.of("site.basepath", ""));
        return Files.readString(out.resolve(uri));
    }

    @Test
    void aFailedBuildKeepsTheLastGoodSite() throws IOException {
        Path project = FixtureProject.create(tmp.resolve("keep"));
        Path site = project.resolve("target/site");
        new SiteBuild(BuildConfig.load(project, site, ""), oven).run();
        String good = Files.readString(site.resolve("alpha/first.html"));
        FixtureProject.write(project.resolve("content/alpha/first.adoc"), "no title here\n");
        FixtureProject.write(project.resolve("content/beta/broken.adoc"), "= Broken\n:order: x\n");
        BuildFailedException e = failingBuild(project);
        List<String> messages = e.problems().stream().map(Problem::format).toList();
        assertTrue(messages.contains("content/alpha/first.adoc:1: error: missing document title: the first line must be '= Title'"), messages.toString());
        assertTrue(messages.contains("content/beta/broken.adoc:2: error: :order: must be a positive whole number, not 'x'"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("content/beta/broken.adoc:1: error: missing :summary:")), messages.toString());
        assertEquals(good, Files.readString(site.resolve("alpha/first.html")), "the last good site stays");
        assertFalse(Files.exists(project.resolve("target/site.building")));
    }

    @Test
    void reportsUnknownTermsAndBadQuestionsAfterTheBake() throws IOException {
        Path project = FixtureProject.create(tmp.resolve("terms"));
        FixtureProject.write(project.resolve("content/beta/terms.adoc"), String.join("\n",
                "= Terms Chapter", ":order: 7", ":summary: Uses a term that does not exist.", "",
                "== Why it matters in the interview", "", "A term:no-such-term[] here.", "",
                "[.question%collapsible,level=junior,round=sql]", ".A question?", "====", "Answer.", "====", ""));
        BuildFailedException e = failingBuild(project);
        List<String> messages = e.problems().stream().map(Problem::format).toList();
        assertTrue(messages.contains("content/beta/terms.adoc:7: error: unknown glossary term 'no-such-term': add content/glossary/no-such-term.adoc or use an existing id"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("content/beta/terms.adoc:11: error: question needs level= one of [mid, senior, staff], not 'junior'")), messages.toString());
    }

    @Test
    void theYamlGadgetFromTheRedTeamReportFailsTheBuildNamingTheFileAndNothingRuns() throws IOException {
        Path project = FixtureProject.create(tmp.resolve("yaml-gadget"));
        Path touched = project.resolve("touched-by-yaml");
        FixtureProject.write(project.resolve("content/alpha/notes.yml"), "title: Notes\ntouched: !!java.io.FileOutputStream [\""
                + touched.toAbsolutePath() + "\"]\n");
        FixtureProject.write(project.resolve("content/alpha/images/notes.yaml"), "touched: !!java.io.FileOutputStream [\""
                + touched.toAbsolutePath() + "\"]\n");
        BuildFailedException e = failingBuild(project);
        List<String> messages = e.problems().stream().map(Problem::format).toList();
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("content/alpha/notes.yml: error: ")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("content/alpha/images/notes.yaml: error: ")), messages.toString());
        assertFalse(Files.exists(touched), "the gadget ran");
        assertFalse(Files.exists(project.resolve("target/handbook-stage")), "nothing was staged or baked");
    }

    @Test
    void onlyOurEnginesAreRegisteredWithJBake() throws IOException {
        Path project = FixtureProject.create(tmp.resolve("engines"));
        new SiteBuild(BuildConfig.load(project, project.resolve("target/site"), ""), oven).run();
        assertEquals(java.util.Set.of("adoc", "yml"), JBakeOven.registeredEngines());
        assertEquals(java.util.Set.of(), JBakeOven.registeredEngines().stream()
                .map(e -> org.jbake.parser.Engines.get(e).getClass().getName())
                .filter(c -> c.startsWith("org.jbake")).collect(java.util.stream.Collectors.toSet()));
    }
}
