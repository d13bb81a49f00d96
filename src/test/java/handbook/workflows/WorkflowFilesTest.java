package handbook.workflows;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The GitHub files, parsed as YAML: the triggers, permissions and steps the pull request and deploy workflows
 * need, and what must never be there (pull_request_target, write permissions on pull requests). Whether the files are
 * valid workflows at all, and pinned, is {@link WorkflowLintTest}'s (actionlint).
 * SnakeYAML reads YAML 1.1, where the key {@code on} is the boolean true: {@link #on} looks up both.
 */
class WorkflowFilesTest {
    private static final Path GITHUB = Path.of(".github");
    private static final Set<String> FORM_TYPES = Set.of("markdown", "input", "textarea", "dropdown", "checkboxes");

    @Test
    void pullRequestsAreLintedBuiltPreviewedAndTestedReadOnly() throws IOException {
        Map<String, Object> wf = yaml(GITHUB.resolve("workflows/pr.yml"));
        assertTrue(on(wf).containsKey("pull_request"));
        assertEquals(Map.of("contents", "read"), wf.get("permissions"));
        List<Map<String, Object>> steps = steps(wf, "check");
        Map<String, Object> checkout = step(steps, "actions/checkout");
        assertEquals(false, with(checkout).get("persist-credentials"));
        assertSetupJava17(steps);
        int lint = runIndex(steps, "./mvnw -B -q compile exec:exec@lint");
        int build = runIndex(steps, "./mvnw -B -q package -DskipTests");
        int preview = steps.indexOf(step(steps, "actions/upload-artifact"));
        int tests = runIndex(steps, "bash .ci/run");
        assertEquals("target/site", with(steps.get(preview)).get("path"));
        assertTrue(lint < build && build < preview && preview < tests, "lint, build, preview, tests: " + List.of(lint, build, preview, tests));
    }

    @Test
    void mainIsTestedBuiltForTheBasePathAndDeployedToPages() throws IOException {
        Map<String, Object> wf = yaml(GITHUB.resolve("workflows/deploy.yml"));
        assertEquals(Map.of("branches", List.of("main")), on(wf).get("push"));
        assertTrue(on(wf).containsKey("workflow_dispatch"));
        assertEquals(Map.of("contents", "read", "pages", "write", "id-token", "write"), wf.get("permissions"));
        assertEquals("pages", map(wf.get("concurrency")).get("group"));

        runIndex(steps(wf, "test"), "bash .ci/run");
        Map<String, Object> build = job(wf, "build");
        assertEquals("test", build.get("needs"));
        List<Map<String, Object>> steps = steps(wf, "build");
        assertEquals(0, with(step(steps, "actions/checkout")).get("fetch-depth"), "full history for the pages' git dates");
        assertSetupJava17(steps);
        int configure = steps.indexOf(step(steps, "actions/configure-pages"));
        assertEquals("pages", steps.get(configure).get("id"));
        int mvn = runIndex(steps, "./mvnw -B package -Pbook -DskipTests -Dhandbook.basePath=${{ steps.pages.outputs.base_path }}");
        int upload = steps.indexOf(step(steps, "actions/upload-pages-artifact"));
        assertEquals("target/site", with(steps.get(upload)).get("path"));
        assertTrue(configure < mvn && mvn < upload);

        Map<String, Object> deploy = job(wf, "deploy");
        assertEquals("build", deploy.get("needs"));
        assertEquals(Map.of("name", "github-pages", "url", "${{ steps.deployment.outputs.page_url }}"), deploy.get("environment"));
        assertEquals(Map.of("pages", "write", "id-token", "write"), deploy.get("permissions"));
        assertEquals("deployment", step(steps(wf, "deploy"), "actions/deploy-pages").get("id"));
    }

    @Test
    void noWorkflowRunsContributedCodeWithWritePermissionsOrUnpinnedActions() throws IOException {
        List<Path> workflows = files(GITHUB.resolve("workflows"));
        assertEquals(List.of("deploy.yml", "pr.yml"), workflows.stream().map(p -> p.getFileName().toString()).toList());
        for (Path file : workflows) {
            Map<String, Object> wf = yaml(file);
            assertNotNull(wf.get("name"), file + " has a name");
            assertFalse(on(wf).containsKey("pull_request_target"), file + " must not use pull_request_target");
            assertFalse(Files.readString(file).contains("pull_request_target:"), file + " must not use pull_request_target");
            boolean pullRequests = on(wf).containsKey("pull_request");
            List<Object> permissions = new ArrayList<>(List.of(wf.get("permissions")));
            for (Object job : map(wf.get("jobs")).values()) {
                if (map(job).containsKey("permissions")) {
                    permissions.add(map(job).get("permissions"));
                }
            }
            assertNotNull(wf.get("permissions"), file + " declares its token's permissions");
            if (pullRequests) {
                for (Object p : permissions) {
                    assertFalse(p instanceof String s && s.contains("write"), file + ": " + p);
                    assertFalse(p instanceof Map<?, ?> m && m.containsValue("write"), file + " grants write on pull requests: " + p);
                }
            }
        }
    }

    @Test
    void theWorkflowsUseWhatTheProjectHas() throws IOException {
        assertTrue(Files.isRegularFile(Path.of(".ci/run")), ".ci/run exists");
        String pom = Files.readString(Path.of("pom.xml"));
        assertTrue(pom.contains("<id>lint</id>"), "the pom has the exec:exec@lint execution");
        assertTrue(pom.contains("--base-path=${handbook.basePath}"), "the pom passes handbook.basePath to the build");
        assertTrue(Files.readString(Path.of(".ci/run")).lines().anyMatch(l -> l.equals("./mvnw -B -Pbook verify")), ".ci/run uses the wrapper");
        assertTrue(pom.contains("<id>book</id>") && pom.contains("<id>build-book</id>"), "the pom has the book profile the deploy uses");
    }

    /** Only a JDK is needed: the wrapper pins Maven and checks what it downloads; it is committed executable. */
    @Test
    void theMavenWrapperPinsAndVerifiesMaven() throws IOException, InterruptedException {
        Properties wrapper = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of(".mvn/wrapper/maven-wrapper.properties"), StandardCharsets.UTF_8)) {
            wrapper.load(r);
        }
        assertTrue(wrapper.getProperty("distributionUrl").matches(
                "https://repo\\.maven\\.apache\\.org/maven2/org/apache/maven/apache-maven/3\\.9\\.\\d+/apache-maven-3\\.9\\.\\d+-bin\\.zip"),
                wrapper.getProperty("distributionUrl"));
        assertTrue(wrapper.getProperty("distributionSha256Sum", "").matches("[0-9a-f]{64}"), "the Maven distribution's SHA-256 is checked");
        assertTrue(wrapper.getProperty("wrapperSha256Sum", "").matches("[0-9a-f]{64}"), "the wrapper jar's SHA-256 is checked");
        // the "source" type: without curl or wget, mvnw compiles this downloader with the JDK
        assertEquals("source", wrapper.getProperty("distributionType"));
        assertTrue(Files.isRegularFile(Path.of(".mvn/wrapper/MavenWrapperDownloader.java")));
        assertTrue(Files.isRegularFile(Path.of("mvnw.cmd")));
        Process git = new ProcessBuilder("git", "ls-files", "-s", "mvnw").redirectErrorStream(true).start();
        String entry = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        git.waitFor();
        assertTrue(entry.startsWith("100755 "), "mvnw is executable in git: " + entry);
    }

    @Test
    void issueFormsAreValidForms() throws IOException {
        List<Path> forms = files(GITHUB.resolve("ISSUE_TEMPLATE")).stream()
                .filter(p -> !p.getFileName().toString().equals("config.yml")).toList();
        assertEquals(List.of("correction.yml", "new-chapter.yml", "new-term.yml"), forms.stream().map(p -> p.getFileName().toString()).toList());
        for (Path file : forms) {
            Map<String, Object> form = yaml(file);
            assertFalse(((String) form.get("name")).isBlank(), file + " name");
            assertFalse(((String) form.get("description")).isBlank(), file + " description");
            Set<String> ids = new HashSet<>();
            boolean required = false;
            for (Map<String, Object> item : list(form.get("body"))) {
                String type = (String) item.get("type");
                assertTrue(FORM_TYPES.contains(type), file + ": unknown type " + type);
                Map<String, Object> attributes = map(item.get("attributes"));
                if (type.equals("markdown")) {
                    assertFalse(((String) attributes.get("value")).isBlank(), file + " markdown value");
                    continue;
                }
                String id = (String) item.get("id");
                assertTrue(id != null && id.matches("[a-z0-9_-]+") && ids.add(id), file + ": id " + id + " missing, invalid or repeated");
                assertFalse(((String) attributes.get("label")).isBlank(), file + ": " + id + " has a label");
                if (type.equals("dropdown")) {
                    assertFalse(list(attributes.get("options")).isEmpty(), file + ": " + id + " options");
                }
                if (type.equals("checkboxes")) {
                    list(attributes.get("options")).forEach(o -> assertNotNull(o.get("label"), file + ": " + id + " option label"));
                }
                Object validations = item.get("validations");
                required |= validations != null && Boolean.TRUE.equals(map(validations).get("required"));
            }
            assertTrue(required, file + " requires at least one field");
        }
    }

    @Test
    void issueConfigPointsToTheGuidesOfThisRepository() throws IOException {
        Map<String, Object> config = yaml(GITHUB.resolve("ISSUE_TEMPLATE/config.yml"));
        assertEquals(false, config.get("blank_issues_enabled"));
        Properties site = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("jbake.properties"), StandardCharsets.UTF_8)) {
            site.load(r);
        }
        List<Map<String, Object>> links = list(config.get("contact_links"));
        assertEquals(2, links.size());
        for (Map<String, Object> link : links) {
            assertTrue(((String) link.get("url")).startsWith(site.getProperty("site.repository") + "/blob/main/"), link.toString());
            assertFalse(((String) link.get("name")).isBlank());
            assertFalse(((String) link.get("about")).isBlank());
        }
        String template = Files.readString(GITHUB.resolve("pull_request_template.md"));
        assertTrue(template.contains("./mvnw -q compile exec:exec@lint") && template.contains("FILL-IN"), "the PR checklist names the lint");
    }

    private static void assertSetupJava17(List<Map<String, Object>> steps) {
        assertEquals(Map.of("distribution", "temurin", "java-version", "17", "cache", "maven"),
                with(step(steps, "actions/setup-java")));
    }

    /** The triggers: {@code on} is read as the boolean true by a YAML 1.1 parser. */
    private static Map<String, Object> on(Map<String, Object> workflow) {
        Object on = workflow.containsKey("on") ? workflow.get("on") : ((Map<?, ?>) workflow).get(Boolean.TRUE);
        assertNotNull(on, "the workflow has triggers");
        return map(on);
    }

    private static Map<String, Object> job(Map<String, Object> workflow, String name) {
        Map<String, Object> job = map(map(workflow.get("jobs")).get(name));
        assertNotNull(job, "job " + name);
        return job;
    }

    private static List<Map<String, Object>> steps(Map<String, Object> workflow, String jobName) {
        return list(job(workflow, jobName).get("steps"));
    }

    /** The step that uses {@code action} ({@code actions/checkout}), at whatever commit it is pinned to. */
    private static Map<String, Object> step(List<Map<String, Object>> steps, String action) {
        return steps.stream().filter(s -> s.get("uses") instanceof String u && u.startsWith(action + "@")).findFirst()
                .orElseThrow(() -> new AssertionError("no step uses " + action));
    }

    private static Map<String, Object> with(Map<String, Object> step) {
        return map(step.get("with"));
    }

    private static int runIndex(List<Map<String, Object>> steps, String command) {
        for (int i = 0; i < steps.size(); i++) {
            Object run = steps.get(i).get("run");
            if (run instanceof String s && s.lines().anyMatch(l -> l.strip().equals(command))) {
                return i;
            }
        }
        throw new AssertionError("no step runs: " + command);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new Yaml().load(r);
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        }
    }
}
