package handbook.preview;

import com.fasterxml.jackson.databind.JsonNode;
import handbook.build.NodeScript;
import handbook.build.TestDirs;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The preview page's decisions under Node, with the file the preview server serves (preview-core.js). */
class PreviewCoreJsTest {
    @Test
    void reloadsAfterAGoodRebuildShowsEveryProblemOfAFailedOneAndClearsThemWhenFixed() throws Exception {
        Path dir = TestDirs.fresh("preview-core-js");
        copy("handbook/preview/preview-core.js", dir.resolve("preview-core.js"));
        copy("preview/preview-core-test.js", dir.resolve("test.js"));
        JsonNode out = NodeScript.run(60, dir.resolve("test.js").toString(), dir.resolve("preview-core.js").toString());
        assertEquals("none", out.get("firstGood").asText());
        assertEquals("show", out.get("firstBroken").asText(), "a page opened while the build is broken shows it");
        assertEquals("none", out.get("sameGood").asText());
        assertEquals("reload", out.get("newerGood").asText());
        assertEquals("none", out.get("brokenShown").asText(), "the same problems are not drawn again");
        assertEquals("show", out.get("brokenChanged").asText(), "changed problems replace the shown ones");
        assertEquals("hide", out.get("fixedNoNewBuild").asText());
        assertEquals("reload", out.get("fixedRebuilt").asText(), "a fix that rebuilt the site reloads the page");
        assertEquals("[{\"where\":\"content/core/joins.adoc:42\",\"severity\":\"ERROR\",\"message\":\"unknown glossary term 'cdc'\"},"
                + "{\"where\":\"templates\",\"severity\":\"ERROR\",\"message\":\"rendering failed: <b>x</b>\"}]",
                out.get("lines").toString());
        assertEquals("The rebuild failed: 2 problems", out.get("heading").asText());
        assertEquals("The rebuild failed: 1 problem", out.get("headingOne").asText());
    }

    private void copy(String resource, Path to) throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            Files.write(to, in.readAllBytes());
        }
    }
}
