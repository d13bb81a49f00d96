package handbook.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Serves the built site on 127.0.0.1 for authors. HTML pages get a tiny script (a file: the pages' CSP allows no
 * inline script) that polls the build version and reloads the page when a rebuild finished. Files are served from disk on every request, so a swapped-in site
 * is visible at once. Also used by the browser tests, with a base path, like GitHub Pages.
 */
public final class PreviewServer implements AutoCloseable {
    static final String RELOAD_PATH = "/__preview/version";
    /** The reload script is a file, not inline: the pages' Content-Security-Policy allows only the site's own scripts. */
    static final String RELOAD_SCRIPT_PATH = "/__preview/reload.js";
    private static final String RELOAD_SCRIPT = "(function(){var v=null;setInterval(function(){fetch('" + RELOAD_PATH
            + "').then(function(r){return r.text()}).then(function(t){if(v!==null&&t!==v){location.reload()}v=t})"
            + ".catch(function(){})},500)})();\n";
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
    private final AtomicLong version = new AtomicLong(1);

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
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
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

    /** Tells open pages to reload. */
    public void siteChanged() {
        version.incrementAndGet();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = URI.create(ex.getRequestURI().toString()).getPath();
            if (path.equals(RELOAD_SCRIPT_PATH) && liveReload) {
                send(ex, 200, "text/javascript; charset=utf-8", RELOAD_SCRIPT.getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.equals(RELOAD_PATH)) {
                send(ex, 200, "text/plain", String.valueOf(version.get()).getBytes(StandardCharsets.UTF_8));
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
        byte[] body = Files.isRegularFile(page) ? inject(Files.readAllBytes(page)) : "Not found".getBytes(StandardCharsets.UTF_8);
        send(ex, 404, "text/html; charset=utf-8", body);
    }

    private byte[] inject(byte[] html) {
        if (!liveReload) {
            return html;
        }
        String script = "<script src=\"" + RELOAD_SCRIPT_PATH + "\"></script>";
        String s = new String(html, StandardCharsets.UTF_8);
        int at = s.lastIndexOf("</body>");
        return (at < 0 ? s + script : s.substring(0, at) + script + s.substring(at)).getBytes(StandardCharsets.UTF_8);
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
