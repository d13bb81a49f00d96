package handbook.content;

import handbook.build.Problems;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the parts, chapters and standalone pages under {@code content/} and checks their headers,
 * so that ordering, titles and slugs are known (and validated with file and line) before anything is baked.
 */
public final class ContentScanner {
    public static final String GLOSSARY_FOLDER = "glossary";
    /** Folders whose names start with this hold files that are only included by pages, never pages themselves. */
    public static final String PARTIALS_PREFIX = "_";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Set<String> PAGE_TYPES = Set.of("home", "page", "search", "notfound");
    private static final int SUMMARY_MAX = 300;

    private final Path projectDir;
    private final Problems problems;

    public ContentScanner(Path projectDir, Problems problems) {
        this.projectDir = projectDir;
        this.problems = problems;
    }

    public SiteContent scan() {
        Path content = projectDir.resolve("content");
        List<Part> parts = new ArrayList<>();
        List<StandalonePage> pages = new ArrayList<>();
        if (!Files.isDirectory(content)) {
            problems.error("content", 0, "the content folder is missing");
            return new SiteContent(parts, pages);
        }
        for (Path entry : list(content)) {
            String name = entry.getFileName().toString();
            if (Files.isDirectory(entry)) {
                if (!name.equals(GLOSSARY_FOLDER) && !name.equals("images") && !name.startsWith(PARTIALS_PREFIX)) {
                    scanPart(entry).ifPresent(parts::add);
                }
            } else if (name.endsWith(".adoc")) {
                scanPage(entry).ifPresent(pages::add);
            } else if (isStrayContentFile(name)) {
                problems.error(rel(entry), 0, "only .adoc files are content: rename it to .adoc or move it into assets/");
            }
        }
        parts.sort(Comparator.comparingInt(Part::order).thenComparing(Part::id));
        checkUnique(parts.stream().map(p -> new Keyed(String.valueOf(p.order()), p.source(), 0)).toList(),
                "part order");
        checkUnique(parts.stream().flatMap(p -> p.chapters().stream())
                .map(c -> new Keyed(c.slug().toLowerCase(Locale.ROOT), c.source(), 0)).toList(), "chapter slug");
        return new SiteContent(parts, pages);
    }

    private java.util.Optional<Part> scanPart(Path dir) {
        String id = dir.getFileName().toString();
        Path index = dir.resolve("index.adoc");
        if (!SLUG.matcher(id).matches()) {
            problems.error(rel(dir), 0, "a part folder name must be lower-case kebab-case: " + id);
        }
        if (!Files.isRegularFile(index)) {
            problems.error(rel(dir), 0, "a part folder needs an index.adoc landing page");
            return java.util.Optional.empty();
        }
        AdocHeader header = readHeader(index);
        String title = requireTitle(index, header);
        checkPublished(index, header);
        checkType(index, header, "part");
        int order = requireOrder(index, header);
        String summary = summary(index, header);
        List<Chapter> chapters = new ArrayList<>();
        for (Path file : list(dir)) {
            String name = file.getFileName().toString();
            if (Files.isDirectory(file)) {
                if (!name.equals("images")) {
                    problems.error(rel(file), 0, "chapters live directly in their part's folder; only images/ may be a subfolder");
                }
            } else if (name.endsWith(".adoc") && !name.equals("index.adoc")) {
                scanChapter(id, file).ifPresent(chapters::add);
            } else if (isStrayContentFile(name)) {
                problems.error(rel(file), 0, "only .adoc files are content: rename it to .adoc or move it into images/");
            }
        }
        chapters.sort(Comparator.comparingInt(Chapter::order).thenComparing(Chapter::slug));
        checkUnique(chapters.stream().map(c -> new Keyed(String.valueOf(c.order()), c.source(),
                readHeader(projectDir.resolve(c.source())).attribute("order").map(AdocHeader.Entry::line).orElse(0)))
                .toList(), "chapter order in part '" + id + "'");
        return java.util.Optional.of(new Part(id, title, order, summary, rel(index), id + "/index.html", chapters));
    }

    private java.util.Optional<Chapter> scanChapter(String partId, Path file) {
        String name = file.getFileName().toString();
        String slug = name.substring(0, name.length() - ".adoc".length());
        if (!SLUG.matcher(slug).matches()) {
            problems.error(rel(file), 0, "a chapter file name must be lower-case kebab-case (it becomes the URL): " + name);
        }
        AdocHeader header = readHeader(file);
        String title = requireTitle(file, header);
        checkPublished(file, header);
        checkType(file, header, "chapter");
        int order = requireOrder(file, header);
        String summary = summary(file, header);
        if (summary.isEmpty()) {
            problems.error(rel(file), header.anchorLine(), "missing :summary: (one sentence shown on the part page and in search)");
        }
        return java.util.Optional.of(new Chapter(partId, slug, title, order, summary,
                header.value("keywords", ""), rel(file), partId + "/" + slug + ".html"));
    }

    private java.util.Optional<StandalonePage> scanPage(Path file) {
        AdocHeader header = readHeader(file);
        String title = requireTitle(file, header);
        checkPublished(file, header);
        String type = header.value("jbake-type", "");
        if (!PAGE_TYPES.contains(type)) {
            int line = header.attribute("jbake-type").map(AdocHeader.Entry::line).orElse(header.anchorLine());
            problems.error(rel(file), line, "a page at the top of content/ needs :jbake-type: set to one of "
                    + PAGE_TYPES.stream().sorted().toList());
            return java.util.Optional.empty();
        }
        String name = file.getFileName().toString();
        return java.util.Optional.of(new StandalonePage(type, title, rel(file),
                name.substring(0, name.length() - ".adoc".length()) + ".html"));
    }

    /**
     * A page JBake would quietly leave out: a status other than published (a draft), or a type set without the
     * {@code jbake-} prefix, which JBake reads too and the checks here would not see.
     */
    private void checkPublished(Path file, AdocHeader header) {
        for (String key : List.of("jbake-status", "status")) {
            header.attribute(key).filter(e -> !e.value().equals("published")).ifPresent(e -> problems.error(rel(file),
                    e.line(), ":" + key + ": " + e.value() + " would keep the page out of the site: remove it"));
        }
        header.attribute("type").ifPresent(e -> problems.error(rel(file), e.line(),
                ":type: is read by JBake as the page type: use :jbake-type: (or another attribute name)"));
    }

    private String requireTitle(Path file, AdocHeader header) {
        if (header.title() == null) {
            problems.error(rel(file), 1, "missing document title: the first line must be '= Title'");
            return file.getFileName().toString();
        }
        return header.title();
    }

    private void checkType(Path file, AdocHeader header, String expected) {
        header.attribute("jbake-type").ifPresent(e -> {
            if (!e.value().equals(expected)) {
                problems.error(rel(file), e.line(), ":jbake-type: must be '" + expected + "' here, not '" + e.value() + "'");
            }
        });
        if (expected.equals("part") && header.attribute("jbake-type").isEmpty()) {
            problems.error(rel(file), header.anchorLine(), "a part landing page needs ':jbake-type: part'");
        }
    }

    private int requireOrder(Path file, AdocHeader header) {
        var entry = header.attribute("order");
        if (entry.isEmpty()) {
            problems.error(rel(file), header.anchorLine(), "missing :order: (a positive whole number that places it in its list)");
            return Integer.MAX_VALUE;
        }
        try {
            int order = Integer.parseInt(entry.get().value());
            if (order > 0) {
                return order;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problems.error(rel(file), entry.get().line(), ":order: must be a positive whole number, not '" + entry.get().value() + "'");
        return Integer.MAX_VALUE;
    }

    private String summary(Path file, AdocHeader header) {
        var entry = header.attribute("summary");
        if (entry.isPresent() && entry.get().value().length() > SUMMARY_MAX) {
            problems.error(rel(file), entry.get().line(), ":summary: is " + entry.get().value().length()
                    + " characters; keep it to " + SUMMARY_MAX);
        }
        return entry.map(AdocHeader.Entry::value).orElse("");
    }

    private record Keyed(String key, String source, int line) {}

    private void checkUnique(List<Keyed> items, String what) {
        Map<String, Keyed> seen = new HashMap<>();
        for (Keyed item : items) {
            if (item.key().equals(String.valueOf(Integer.MAX_VALUE))) {
                continue;
            }
            Keyed first = seen.putIfAbsent(item.key(), item);
            if (first != null) {
                problems.error(item.source(), item.line(), "duplicate " + what + " '" + item.key() + "': "
                        + first.source() + " has it too");
            }
        }
    }

    private static boolean isStrayContentFile(String name) {
        return name.endsWith(".asciidoc") || name.endsWith(".ad") || name.endsWith(".md") || name.endsWith(".html");
    }

    private AdocHeader readHeader(Path file) {
        return AdocHeaderReader.read(readLines(file));
    }

    static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String rel(Path path) {
        return projectDir.relativize(path).toString().replace('\\', '/');
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
