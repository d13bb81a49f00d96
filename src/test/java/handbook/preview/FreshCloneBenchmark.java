package handbook.preview;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A contributor's first preview, measured: {@code git clone} of this repository (its committed HEAD) into
 * {@code target/fresh-clone-benchmark}, then the README's preview command, {@code ./mvnw -q compile exec:exec@preview}
 * (on any free port), timed from the command's start to the first page served. Maven and the dependencies come from
 * the local caches ({@code ~/.m2}) as on any machine that has run the build once; a machine that has never run it
 * also downloads them. Run by hand (docs/preview-benchmark.md):
 * <pre>./mvnw -q -o test-compile exec:exec@fresh-clone-benchmark</pre>
 */
public final class FreshCloneBenchmark {
    private static final Pattern SERVING = Pattern.compile("Serving the handbook at (http://127\\.0\\.0\\.1:\\d+/\\S*)");
    private static final Pattern BUILT = Pattern.compile("Built \\d+ pages into \\S+ in (\\d+) ms");

    public static void main(String[] args) throws Exception {
        Path repo = Path.of("").toAbsolutePath();
        Path work = repo.resolve("target/fresh-clone-benchmark");
        handbook.bake.Staging.deleteTree(work);
        Files.createDirectories(work);
        Path clone = work.resolve("handbook");
        long c0 = System.nanoTime();
        run(List.of("git", "clone", "--quiet", "--no-local", repo.toString(), clone.toString()), repo);
        long cloneMs = (System.nanoTime() - c0) / 1_000_000;

        long t0 = System.nanoTime();
        Process preview = new ProcessBuilder("./mvnw", "-q", "compile", "exec:exec@preview", "-Dhandbook.port=0")
                .directory(clone.toFile()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(preview.getInputStream(), StandardCharsets.UTF_8))) {
            String url = null;
            long buildMs = -1;
            for (String line; url == null && (line = out.readLine()) != null; ) {
                Matcher built = BUILT.matcher(line);
                if (built.find()) {
                    buildMs = Long.parseLong(built.group(1));
                }
                Matcher serving = SERVING.matcher(line);
                if (serving.find()) {
                    url = serving.group(1);
                }
            }
            if (url == null) {
                throw new IllegalStateException("the preview ended without serving (exit " + preview.waitFor() + ")");
            }
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            long firstPageMs = (System.nanoTime() - t0) / 1_000_000;
            if (page.statusCode() != 200 || !page.body().contains("<h1")) {
                throw new IllegalStateException("the first page was not served: HTTP " + page.statusCode());
            }
            String report = String.format(Locale.ROOT, "fresh clone (git clone %d ms) → ./mvnw -q compile exec:exec@preview"
                    + " → first page served: %.1f s, of which the site build %.1f s (one build)%n",
                    cloneMs, firstPageMs / 1000.0, buildMs / 1000.0);
            System.out.print(report);
            Files.writeString(repo.resolve("target/fresh-clone-benchmark.txt"), report);
        } finally {
            preview.descendants().forEach(ProcessHandle::destroy);
            preview.destroy();
        }
    }

    private static void run(List<String> command, Path dir) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("failed: " + command);
        }
    }
}
