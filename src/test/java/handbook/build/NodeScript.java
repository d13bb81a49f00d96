package handbook.build;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs a JavaScript test script under Node and returns the JSON it prints: the browser code's pure logic is tested
 * with the very files the pages load. Skips the test when node is not installed (CI installs it); fails when the
 * script fails or times out, with its error output.
 */
public final class NodeScript {
    private NodeScript() {}

    public static JsonNode run(int timeoutSeconds, String... args) throws IOException, InterruptedException {
        Path stderr = Files.createTempFile("node-script", ".stderr");
        List<String> command = new ArrayList<>(List.of("node"));
        command.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        } catch (IOException e) {
            Assumptions.abort("node is not on the PATH");
            return null;
        }
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(timeoutSeconds, TimeUnit.SECONDS), args[0] + " timed out");
            String errors = Files.readString(stderr);
            assertEquals(0, p.exitValue(), out + errors);
            return Json.mapper().readTree(out);
        } finally {
            Files.deleteIfExists(stderr);
        }
    }
}
