package handbook.preview;

import handbook.build.FixtureProject;
import handbook.build.Problem;
import handbook.build.TestDirs;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PreviewServerTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheSiteUnderABasePathWithLiveReloadAnd404() throws Exception {
        Path site = TestDirs.fresh("preview");
        FixtureProject.write(site.resolve("index.html"), "<html><body>home</body></html>");
        FixtureProject.write(site.resolve("a/b.html"), "<html><body>b</body></html>");
        FixtureProject.write(site.resolve("404.html"), "<html><body>not here</body></html>");
        try (PreviewServer server = new PreviewServer(site, "/handbook", 0, true)) {
            HttpResponse<String> home = get(server.url());
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("home") && home.body().contains(PreviewServer.SCRIPTS + "</body>"));
            HttpResponse<String> script = get("http://127.0.0.1:" + server.port() + "/__preview/preview.js");
            assertTrue(script.body().contains(PreviewServer.STATUS_PATH), "the preview script polls the build status");
            assertEquals("text/javascript; charset=utf-8", script.headers().firstValue("Content-Type").orElseThrow());
            assertEquals(200, get("http://127.0.0.1:" + server.port() + "/__preview/preview-core.js").statusCode());
            assertEquals("text/css; charset=utf-8", get("http://127.0.0.1:" + server.port() + "/__preview/overlay.css")
                    .headers().firstValue("Content-Type").orElseThrow());
            assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElseThrow());
            assertEquals(200, get(server.url() + "a/b.html").statusCode());
            HttpResponse<String> missing = get(server.url() + "no/such/page.html");
            assertEquals(404, missing.statusCode());
            assertTrue(missing.body().contains("not here"));
            assertEquals(404, get("http://127.0.0.1:" + server.port() + "/index.html").statusCode(), "outside the base path");
            HttpResponse<String> root = get("http://127.0.0.1:" + server.port() + "/");
            assertEquals(302, root.statusCode());
            assertEquals("/handbook/", root.headers().firstValue("Location").orElseThrow(), "the root leads to the base path");
            assertEquals(404, get(server.url() + "..%2F..%2Fetc/passwd").statusCode());
            String before = get("http://127.0.0.1:" + server.port() + PreviewServer.RELOAD_PATH).body();
            server.siteChanged();
            assertFalse(before.equals(get("http://127.0.0.1:" + server.port() + PreviewServer.RELOAD_PATH).body()));
            String status = "http://127.0.0.1:" + server.port() + PreviewServer.STATUS_PATH;
            assertEquals("{\"problems\":[],\"revision\":2,\"version\":2}", get(status).body());
            server.buildFailed(List.of(Problem.error("content/a.adoc", 3, "bad <b>"), Problem.error("templates", 0, "x")));
            assertEquals("{\"problems\":[{\"file\":\"content/a.adoc\",\"line\":3,\"message\":\"bad <b>\","
                    + "\"severity\":\"ERROR\"},{\"file\":\"templates\",\"line\":0,\"message\":\"x\","
                    + "\"severity\":\"ERROR\"}],\"revision\":3,\"version\":2}", get(status).body(),
                    "a failed build keeps the version and is a new revision");
            server.siteChanged();
            assertEquals("{\"problems\":[],\"revision\":4,\"version\":3}", get(status).body(), "a good build clears the problems");
            assertEquals("{\"problems\":[],\"revision\":4,\"version\":3}", get(status + "?after=3").body(),
                    "a page that has not seen revision 4 is answered at once");
        }
        try (PreviewServer plain = new PreviewServer(site, "", 0, false)) {
            assertFalse(get(plain.url()).body().contains("__preview"), "no reload script when not asked for");
            assertEquals(404, get("http://127.0.0.1:" + plain.port() + "/__preview/preview.js").statusCode());
        }
    }

    @Test
    void aStatusRequestWaitsForTheEndOfTheNextBuild() throws Exception {
        Path site = TestDirs.fresh("preview-wait");
        try (PreviewServer server = new PreviewServer(site, "", 0, true)) {
            String status = "http://127.0.0.1:" + server.port() + PreviewServer.STATUS_PATH + "?after=1";
            java.util.concurrent.CompletableFuture<HttpResponse<String>> waiting = http
                    .sendAsync(HttpRequest.newBuilder(URI.create(status)).build(),
                            HttpResponse.BodyHandlers.ofString());
            Thread.sleep(300);
            assertFalse(waiting.isDone(), "nothing changed: the request is held");
            server.buildFailed(List.of(Problem.error("content/a.adoc", 1, "broken")));
            String body = waiting.get(10, java.util.concurrent.TimeUnit.SECONDS).body();
            assertTrue(body.contains("\"revision\":2") && body.contains("broken"), body);
            assertEquals(1, server.statusAfter(2, 50).version(), "no change within the wait: the status as it is");
        }
    }
}
