package handbook.bake;

import handbook.build.FixtureProject;
import handbook.build.TestDirs;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When a document may be baked alone: only where its page is all that changes (the bytes are IncrementalBuildTest's). */
class IncrementalBakeTest {
    @Test
    void onlyFewDocumentsThatNoOtherPageIncludesAndThatIncludeOnlyPartialsAreBakedAlone() {
        Path root = TestDirs.fresh("incremental-bake");
        FixtureProject.write(root.resolve("content/a.adoc"), "= A\n\ninclude::b.adoc[]\n");
        FixtureProject.write(root.resolve("content/b.adoc"), "= B\n\nText.\n");
        FixtureProject.write(root.resolve("content/c.adoc"), "= C\n\ninclude::_partials/x.adoc[]\n");
        FixtureProject.write(root.resolve("content/_partials/x.adoc"), "Shared.\n");
        for (int i = 1; i <= 6; i++) {
            FixtureProject.write(root.resolve("content/d" + i + ".adoc"), "= D\n");
        }
        FixtureProject.write(root.resolve("templates/chapter.ftl"), "x");
        Stage stage = new Stage(root, root, root.resolve("content"));
        assertTrue(alone(stage, "content/c.adoc"), "a page including only partials");
        assertTrue(alone(stage, "content/d1.adoc", "content/d2.adoc", "content/d3.adoc", "content/d4.adoc", "content/d5.adoc"));
        assertTrue(alone(stage), "nothing changed");
        assertFalse(alone(stage, "content/b.adoc"), "a page another page includes");
        assertFalse(alone(stage, "content/a.adoc"), "a page including another page");
        assertFalse(alone(stage, "content/_partials/x.adoc"), "a partial");
        assertFalse(alone(stage, "templates/chapter.ftl"), "a template");
        assertFalse(alone(stage, "data/navigation.yml"), "a data file");
        assertFalse(alone(stage, "content/gone.adoc"), "a deleted page");
        assertFalse(alone(stage, "content/d1.adoc", "content/d2.adoc", "content/d3.adoc", "content/d4.adoc",
                "content/d5.adoc", "content/d6.adoc"), "many files");
    }

    private static boolean alone(Stage stage, String... changed) {
        return IncrementalBake.onlyDocuments(new Staging.Synced(stage, Set.of(changed)));
    }
}
