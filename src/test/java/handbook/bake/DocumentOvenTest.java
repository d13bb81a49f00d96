package handbook.bake;

import handbook.build.FixtureProject;
import handbook.build.Problem;
import handbook.build.TestDirs;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * JBake's setup for bakes of a few documents is kept while the templates, data and properties stay the same, and made
 * afresh when one of them changes or a bake fails; every bake renders just its own documents.
 */
class DocumentOvenTest {
    private static final String TEMPLATE = "<#if content.title == \"Broken\">${content.nosuch}</#if>"
            + "${content.title}|${data.get(\"navigation.yml\").label}|${content.body}";

    @Test
    void theSetupIsKeptUntilTemplatesDataOrAFailedBakeRequireANewOne() throws IOException {
        Path root = TestDirs.fresh("document-oven");
        Stage stage = new Stage(root, root.resolve("stage"), root.resolve("content"));
        FixtureProject.write(stage.root().resolve("jbake.properties"), "template.chapter.file=chapter.ftl\n");
        FixtureProject.write(stage.root().resolve("templates/chapter.ftl"), TEMPLATE);
        FixtureProject.write(stage.root().resolve("data/navigation.yml"), "{\"label\":\"one\"}");
        Files.createDirectories(stage.root().resolve("assets"));
        JBakeOven oven = new JBakeOven();

        assertEquals("A|one|<div class=\"paragraph\"><p>First.</p></div>", bake(oven, stage, "a", "= A\n\nFirst.\n"));
        assertEquals("B|one|<div class=\"paragraph\"><p>Second.</p></div>", bake(oven, stage, "b", "= B\n\nSecond.\n"));
        assertFalse(Files.exists(stage.root().resolve("out/a.html")), "only the bake's own documents are rendered");
        assertEquals(1, oven.documentOven().setUps(), "one setup for bakes with the same templates and data");

        FixtureProject.write(stage.root().resolve("templates/chapter.ftl"), "new " + TEMPLATE);
        assertEquals("new B|one|<div class=\"paragraph\"><p>Second.</p></div>", bake(oven, stage, "b", "= B\n\nSecond.\n"));
        FixtureProject.write(stage.root().resolve("data/navigation.yml"), "{\"label\":\"two\"}");
        assertEquals("new B|two|<div class=\"paragraph\"><p>Second.</p></div>", bake(oven, stage, "b", "= B\n\nSecond.\n"));
        assertEquals(3, oven.documentOven().setUps(), "a template and a data change each set JBake up afresh");

        List<Problem> failed = oven.bake(withDocument(stage, "c", "= Broken\n\nText.\n"), out(stage), Map.of(), false);
        assertFalse(failed.isEmpty(), "the template fails on this document");
        assertEquals("new C|two|<div class=\"paragraph\"><p>Text.</p></div>", bake(oven, stage, "c", "= C\n\nText.\n"));
        assertEquals(4, oven.documentOven().setUps(), "a failed bake is not reused");
    }

    private static String bake(JBakeOven oven, Stage stage, String name, String text) throws IOException {
        List<Problem> problems = oven.bake(withDocument(stage, name, text), out(stage), Map.of(), false);
        assertTrue(problems.isEmpty(), problems.toString());
        return Files.readString(out(stage).resolve(name + ".html")).replace("\n", "");
    }

    /** The stage with {@code name} as its only document, and an empty output folder (as IncrementalBake has them). */
    private static Stage withDocument(Stage stage, String name, String text) throws IOException {
        Staging.deleteTree(stage.content());
        FixtureProject.write(stage.content().resolve(name + ".adoc"), text);
        Staging.deleteTree(out(stage));
        Files.createDirectories(out(stage));
        return stage;
    }

    private static Path out(Stage stage) {
        return stage.root().resolve("out");
    }
}
