package handbook.build;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The build's settings, validated once: where the project is, where the site goes, and the few site settings
 * that templates and generated files need ({@code site.*} keys of {@code jbake.properties}).
 *
 * @param basePath "" for a site served at the root, or a path such as {@code /handbook} (no trailing slash)
 * @param siteUrl the public origin without base path, e.g. {@code https://example.github.io}; used for the sitemap
 */
public record BuildConfig(Path projectDir, Path outputDir, String siteTitle, String basePath, String siteUrl,
                          String repositoryUrl, String branch) {

    private static final Pattern BASE_PATH = Pattern.compile("(/[A-Za-z0-9._~-]+)*");

    public BuildConfig {
        if (!BASE_PATH.matcher(basePath).matches()) {
            throw new IllegalArgumentException("base path must be empty or like /repo (no trailing slash): '" + basePath + "'");
        }
        if (siteUrl.endsWith("/")) {
            siteUrl = siteUrl.substring(0, siteUrl.length() - 1);
        }
        if (repositoryUrl.endsWith("/")) {
            repositoryUrl = repositoryUrl.substring(0, repositoryUrl.length() - 1);
        }
    }

    /** Reads {@code jbake.properties}; a non-null {@code basePathOverride} wins over the file. */
    public static BuildConfig load(Path projectDir, Path outputDir, String basePathOverride) {
        Properties p = new Properties();
        Path file = projectDir.resolve("jbake.properties");
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String base = basePathOverride != null ? basePathOverride : p.getProperty("site.basepath", "");
        base = normaliseBasePath(base);
        return new BuildConfig(projectDir.toAbsolutePath().normalize(), outputDir.toAbsolutePath().normalize(),
                p.getProperty("site.title", "Senior Data Engineer Interview Handbook"), base,
                p.getProperty("site.url", "http://localhost:8820"),
                p.getProperty("site.repository", "https://github.com/example/handbook"),
                p.getProperty("site.branch", "main"));
    }

    public static String normaliseBasePath(String base) {
        String b = base.strip();
        while (b.endsWith("/")) {
            b = b.substring(0, b.length() - 1);
        }
        if (!b.isEmpty() && !b.startsWith("/")) {
            b = "/" + b;
        }
        return b;
    }

    /** The absolute URL of a site-relative path, for the sitemap and canonical links. */
    public String absoluteUrl(String siteRelative) {
        return siteUrl + basePath + "/" + siteRelative;
    }

    public BuildConfig withOutputDir(Path dir) {
        return new BuildConfig(projectDir, dir, siteTitle, basePath, siteUrl, repositoryUrl, branch);
    }
}
