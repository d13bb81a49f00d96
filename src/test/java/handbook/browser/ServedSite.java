package handbook.browser;

import handbook.preview.PreviewServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The full built handbook, served in-process on 127.0.0.1 under a sub-path as GitHub Pages serves a project site.
 * The site must have been built for that base path (failsafe's {@code pre-integration-test} build does it):
 * {@code 404.html} is answered for every missing URL and resolves its links through {@code <base href>}.
 */
public final class ServedSite implements AutoCloseable {
    /** Where the sub-path build is, and its base path: set by the failsafe configuration. */
    static final String SITE_PROPERTY = "handbook.it.site";
    static final String BASE_PATH_PROPERTY = "handbook.it.basePath";

    private final Path dir;
    private final String basePath;
    private final PreviewServer server;

    private ServedSite(Path dir, String basePath) throws IOException {
        this(dir, basePath, new PreviewServer(dir, basePath, 0, false));
    }

    private ServedSite(Path dir, String basePath, PreviewServer server) {
        this.dir = dir;
        this.basePath = basePath;
        this.server = server;
    }

    /** A site served by a running preview (its server is the preview's to close). */
    public static ServedSite ofPreview(Path dir, String basePath, PreviewServer server) {
        return new ServedSite(dir, basePath, server);
    }

    static ServedSite start() {
        Path dir = Path.of(System.getProperty(SITE_PROPERTY, "target/site")).toAbsolutePath().normalize();
        String basePath = System.getProperty(BASE_PATH_PROPERTY, "/handbook");
        if (!Files.isRegularFile(dir.resolve("index.html"))) {
            throw new IllegalStateException("no built site in " + dir + ": run `mvn verify` (the default build is for"
                    + " the path of site.url, " + basePath + "), or `mvn package`");
        }
        try {
            String notFound = Files.readString(dir.resolve("404.html"));
            if (!notFound.contains("<base href=\"" + basePath + "/\">")) {
                throw new IllegalStateException(dir + "/404.html was not built for the base path " + basePath
                        + ": the browser tests need the default build (no -Dhandbook.basePath)");
            }
            return new ServedSite(dir, basePath);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves another built site (e.g. the hostile corpus's) under {@code basePath}. */
    public static ServedSite of(Path dir, String basePath) {
        try {
            return new ServedSite(dir, basePath);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The built site on disk. */
    public Path dir() {
        return dir;
    }

    /** "/handbook": the prefix every page is served under. */
    public String basePath() {
        return basePath;
    }

    /** "http://127.0.0.1:port" */
    public String origin() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The absolute URL of a site-relative path, e.g. {@code url("big-data/index.html")}. */
    public String url(String siteRelative) {
        return server.url() + siteRelative;
    }

    /** The site-relative path of an absolute URL of this site (query and fragment kept). */
    public String relative(String url) {
        String prefix = server.url();
        if (!url.startsWith(prefix)) {
            throw new IllegalArgumentException(url + " is not under " + prefix);
        }
        return url.substring(prefix.length());
    }

    /** Every HTML page of the site, site-relative, sorted. */
    public List<String> htmlPages() {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
