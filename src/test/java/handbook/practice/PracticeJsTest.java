package handbook.practice;

import com.fasterxml.jackson.databind.JsonNode;
import handbook.build.NodeScript;
import handbook.build.TestDirs;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The practice modules' logic under Node (src/test/resources/practice/practice-test.mjs): SM-2 against the
 * reference values of its published description, the state migration v1 → v2, import validation errors, merge,
 * and the question bank's filters.
 */
class PracticeJsTest {
    @Test
    void practiceModulesPassTheirNodeTests() throws Exception {
        Path dir = TestDirs.fresh("practice-js");
        try (Stream<Path> files = Files.list(Path.of("assets/js/practice"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Files.writeString(dir.resolve("package.json"), "{\"type\":\"module\"}");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("practice/practice-test.mjs")) {
            Files.write(dir.resolve("practice-test.mjs"), in.readAllBytes());
        }
        JsonNode out = NodeScript.run(60, dir.resolve("practice-test.mjs").toString(), dir.toAbsolutePath().toString());
        assertEquals(16, out.get("passed").asInt(), out.toString());
    }
}
