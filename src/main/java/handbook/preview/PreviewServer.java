package handbook.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import handbook.build.Json;
import handbook.build.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Serves the built site on 127.0.0.1 for authors. HTML pages get the preview's scripts (files: the pages' CSP allows
 * no inline script) that poll the build status, reload the page when a rebuild finished and show the problems of a
 * failed one over the last good page. The scripts are resources of this package, served under {@code /__preview/}
 * and never written into the site. Files are served from disk on every request, so a swapped-in site is visible at
 * once. Also used by the browser tests, with a base path, like GitHub Pages.
 */
public final class PreviewServer implements AutoCloseable {
    static final String RELOAD_PATH = "/__preview/version";
    /**
     * The build status: {@code {"problems":[...],"revision":R,"version":N}}, the problems of the last build when it
     * failed. With {@code ?after=R} the answer waits (up to {@link #WAIT_MILLIS}) until the status is no longer
     * revision R: the open page learns of a rebuild the moment it ends, without polling.
     */
    static final String STATUS_PATH = "/__preview/status";
    /** How long a status request with {@code after} is held when nothing changes; the page then asks again. */
    static final long WAIT_MILLIS = 25_000;
    /** The preview's browser files, by the path they are served at: resources next to this class. */
    private static final Map<String, String> PREVIEW_FILES = Map.of(
            "/__preview/preview-core.js", "preview-core.js", "/__preview/preview.js", "preview.js",
            "/__preview/overlay.css", "overlay.css");
    static final String SCRIPTS = "<script src=\"/__preview/preview-core.js\"></script><script src=\"/__preview/preview.js\"></script>";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("xml", "application/xml"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("ico", "image/x-icon"),
            Map.entry("wasm", "application/wasm"));

    private final HttpServer server;
    private final Path siteDir;
    private final String basePath;
    private final boolean liveReload;
    private volatile BuildStatus status = new BuildStatus(1, List.of(), 1);

    /**
     * What the open pages wait on: the version of the site on disk, when the last rebuild failed its problems, and
     * the revision of this status (one more at every build's end, good or failed).
     */
    public record BuildStatus(long version, List<Problem> problems, long revision) {}

    /**
     * @param basePath "" or a path like {@code /handbook}: the site is served under it, as GitHub Pages does
     * @param port 0 for any free port
     */
    public PreviewServer(Path siteDir, String basePath, int port, boolean liveReload) throws IOException {
        this.siteDir = siteDir.toAbsolutePath().normalize();
        this.basePath = basePath;
        this.liveReload = liveReload;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool(r -> { // a thread per open page's waiting status request
            Thread t = new Thread(r, "preview-http");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The site's URL, ending in a slash. */
    public String url() {
        return "http://127.0.0.1:" + port() + basePath + "/";
    }

    /** Tells open pages to reload: a rebuild succeeded (and cleared the problems of any failed one before it). */
    public synchronized void siteChanged() {
        status = new BuildStatus(status.version() + 1, List.of(), status.revision() + 1);
        notifyAll();
    }

    /** Tells open pages that a rebuild failed: they show these problems over the last good page, which stays served. */
    public synchronized void buildFailed(List<Problem> problems) {
        status = new BuildStatus(status.version(), List.copyOf(problems), status.revision() + 1);
        notifyAll();
    }

    /** The status once its revision is no longer {@code after}, or as it is after {@code millis}. */
    synchronized BuildStatus statusAfter(long after, long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        while (status.revision() == after) {
            long left = (end - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                break;
            }
            wait(left);
        }
        return status;
    }

    public BuildStatus status() {
        return status;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = URI.create(ex.getRequestURI().toString()).getPath();
            if (liveReload && PREVIEW_FILES.containsKey(path)) {
                String name = PREVIEW_FILES.get(path);
                send(ex, 200, TYPES.get(name.substring(name.lastIndexOf('.') + 1)), resource(name));
                return;
            }
            if (path.equals(RELOAD_PATH)) {
                send(ex, 200, "text/plain", String.valueOf(status.version()).getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.equals(STATUS_PATH)) {
                BuildStatus now = status;
                String query = ex.getRequestURI().getRawQuery();
                if (query != null && query.matches("after=\\d{1,18}")) {
                    try {
                        now = statusAfter(Long.parseLong(query.substring("after=".length())), WAIT_MILLIS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt(); // the server is stopping: answer with what there is
                    }
                }
                send(ex, 200, "application/json", statusJson(now).getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.equals("/") && !basePath.isEmpty()) { // http://127.0.0.1:8820/ leads to the site under its base path
                ex.getResponseHeaders().set("Location", basePath + "/");
                ex.sendResponseHeaders(302, -1);
                return;
            }
            if (!path.startsWith(basePath + "/")) {
                notFound(ex);
                return;
            }
            String rel = path.substring(basePath.length() + 1);
            if (rel.isEmpty() || rel.endsWith("/")) {
                rel = rel + "index.html";
            }
            Path file = siteDir.resolve(rel).normalize();
            if (!file.startsWith(siteDir) || !Files.isRegularFile(file)) {
                notFound(ex);
                return;
            }
            String ext = rel.substring(rel.lastIndexOf('.') + 1);
            byte[] body = Files.readAllBytes(file);
            if (ext.equals("html")) {
                body = inject(body);
            }
            send(ex, 200, TYPES.getOrDefault(ext, "application/octet-stream"), body);
        }
    }

    private void notFound(HttpExchange ex) throws IOException {
        Path page = siteDir.resolve("404.html");
        // Without a site yet (the first build failed), a bare page: in the preview it still shows the build's problems.
        byte[] body = inject(Files.isRegularFile(page) ? Files.readAllBytes(page) : ("<!DOCTYPE html><html lang=\"en\"><head>"
                + "<meta charset=\"utf-8\"><title>Not found</title></head><body><h1>Not found</h1></body></html>")
                .getBytes(StandardCharsets.UTF_8));
        send(ex, 404, "text/html; charset=utf-8", body);
    }

    private byte[] inject(byte[] html) {
        if (!liveReload) {
            return html;
        }
        String script = SCRIPTS;
        String s = new String(html, StandardCharsets.UTF_8);
        int at = s.lastIndexOf("</body>");
        return (at < 0 ? s + script : s.substring(0, at) + script + s.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    private static String statusJson(BuildStatus status) {
        List<Map<String, Object>> problems = status.problems().stream().map(p -> Map.<String, Object>of(
                "severity", p.severity().name(), "file", p.file(), "line", p.line(), "message", p.message())).toList();
        return Json.write(Map.of("version", status.version(), "problems", problems, "revision", status.revision()));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing preview resource " + name);
            }
            return in.readAllBytes();
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
