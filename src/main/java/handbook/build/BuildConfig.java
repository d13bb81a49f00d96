package handbook.build;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The build's settings, validated once: where the project is, where the site goes, and the few site settings
 * that templates and generated files need ({@code site.*} keys of {@code jbake.properties}).
 *
 * <p>One setting says where the site is published: {@code site.url}, its public URL (e.g.
 * {@code https://example.github.io/handbook}). The base path every page is served under is the path of that URL,
 * unless the build is told otherwise ({@code --base-path}, {@code HANDBOOK_BASE_PATH}; {@code /} for the root).
 *
 * @param basePath "" for a site served at the root, or a path such as {@code /handbook} (no trailing slash)
 * @param siteUrl the public origin without base path, e.g. {@code https://example.github.io}; used for the sitemap
 * @param book the folder of a built book ({@code handbook.pdf}, {@code handbook.epub}) to publish with the site
 */
public record BuildConfig(Path projectDir, Path outputDir, String siteTitle, String basePath, String siteUrl,
                          String repositoryUrl, String branch, java.util.Optional<Path> book) {

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

    /**
     * Reads {@code jbake.properties}. The base path is the path of {@code site.url}; a non-blank
     * {@code basePathOverride} wins ({@code "/"} for the domain root).
     */
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
        URI publicUrl = publicUrl(p.getProperty("site.url", "http://localhost:8820"));
        String base = normaliseBasePath(basePathOverride != null && !basePathOverride.isBlank()
                ? basePathOverride : publicUrl.getRawPath());
        return new BuildConfig(projectDir.toAbsolutePath().normalize(), outputDir.toAbsolutePath().normalize(),
                p.getProperty("site.title", "Senior Data Engineer Interview Handbook"), base,
                publicUrl.getScheme() + "://" + publicUrl.getRawAuthority(),
                p.getProperty("site.repository", "https://github.com/example/handbook"),
                p.getProperty("site.branch", "main"), java.util.Optional.empty());
    }

    private static URI publicUrl(String value) {
        URI uri;
        try {
            uri = URI.create(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("site.url is not a URL: '" + value + "'", e);
        }
        if (uri.getScheme() == null || uri.getRawAuthority() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("site.url must be like https://host/path (no query or fragment): '" + value + "'");
        }
        return uri;
    }

    public static String normaliseBasePath(String base) {
        if (base == null) {
            return "";
        }
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
        return new BuildConfig(projectDir, dir, siteTitle, basePath, siteUrl, repositoryUrl, branch, book);
    }

    /** The same settings, publishing the book built into {@code dir} (a blank option is none). */
    public BuildConfig withBook(String dir) {
        return new BuildConfig(projectDir, outputDir, siteTitle, basePath, siteUrl, repositoryUrl, branch,
                dir == null || dir.isBlank() ? java.util.Optional.empty()
                        : java.util.Optional.of(Path.of(dir).toAbsolutePath().normalize()));
    }
}
