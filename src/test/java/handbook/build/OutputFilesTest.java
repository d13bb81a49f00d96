package handbook.build;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview lays the kept bake into each build's folder as hard links; writing the build's files must not reach it. */
class OutputFilesTest {
    @Test
    void aLinkedTreeHasTheSameFilesAndReplacingOneLeavesTheOriginalAlone() throws Exception {
        Path root = TestDirs.fresh("staging-link");
        Path kept = root.resolve("kept");
        Files.createDirectories(kept.resolve("core"));
        Files.writeString(kept.resolve("index.html"), "<p>baked home</p>");
        Files.writeString(kept.resolve("core/joins.html"), "<p>baked joins</p>");
        Path work = root.resolve("work");
        Files.createDirectories(work.resolve("core"));
        Files.writeString(work.resolve("core/joins.html"), "stale");

        OutputFiles.linkTree(kept, work);
        assertEquals("<p>baked home</p>", Files.readString(work.resolve("index.html")));
        assertEquals("<p>baked joins</p>", Files.readString(work.resolve("core/joins.html")), "an existing file is replaced");
        assertTrue(Files.isSameFile(kept.resolve("index.html"), work.resolve("index.html")), "a link, not a copy");

        OutputFiles.replace(work.resolve("index.html"), "<p>enhanced home</p>".getBytes(StandardCharsets.UTF_8));
        OutputFiles.replace(work.resolve("new/data.json"), "{}".getBytes(StandardCharsets.UTF_8));
        assertEquals("<p>enhanced home</p>", Files.readString(work.resolve("index.html")));
        assertEquals("<p>baked home</p>", Files.readString(kept.resolve("index.html")), "the kept bake is untouched");
        assertEquals("{}", Files.readString(work.resolve("new/data.json")));
    }
}
