package handbook.build;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** One setting, site.url, says where the site lives; the base path is its path unless overridden. */
class BuildConfigTest {
    private final Path dir = TestDirs.fresh("build-config");

    private BuildConfig load(String url, String override) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("jbake.properties"), "site.url=" + url + "\n");
        return BuildConfig.load(dir, dir.resolve("out"), override);
    }

    @Test
    void theBasePathIsThePathOfTheSiteUrl() throws Exception {
        BuildConfig c = load("https://example.github.io/handbook/", null);
        assertEquals("/handbook", c.basePath());
        assertEquals("https://example.github.io", c.siteUrl());
        assertEquals("https://example.github.io/handbook/sitemap.xml", c.absoluteUrl("sitemap.xml"));
        assertEquals("/docs/handbook", load("https://example.org/docs/handbook", "").basePath(), "a blank override is none");
        assertEquals("", load("https://example.org", null).basePath());
        assertEquals("http://localhost:8820", load("http://localhost:8820/", null).siteUrl());
    }

    @Test
    void anOverrideWinsAndSlashMeansTheDomainRoot() throws Exception {
        assertEquals("/fork", load("https://example.github.io/handbook", "/fork").basePath());
        assertEquals("/fork", load("https://example.github.io/handbook", "fork/").basePath());
        BuildConfig root = load("https://example.github.io/handbook", "/");
        assertEquals("", root.basePath());
        assertEquals("https://example.github.io/a.html", root.absoluteUrl("a.html"));
    }

    @Test
    void aSiteUrlThatIsNotAnAbsoluteUrlIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> load("example.github.io/handbook", null));
        assertThrows(IllegalArgumentException.class, () -> load("https://example.github.io/handbook?x=1", null));
    }
}
