package handbook.lint;

import handbook.build.Problems;
import handbook.glossary.Glossary;
import handbook.glossary.GlossaryPageSource;
import handbook.glossary.Term;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What links may point at, for one lint run: pages (by source file), their ids, and other files of the site.
 * The glossary page is generated, so its ids come from the glossary ({@code term-<id>}, {@code letter-<x>}).
 * Term files are not pages (their text is rendered into the glossary page) and folders starting with "_" hold
 * partials, so neither is a link target. Ids are computed once per file.
 */
public final class LinkTargets {
    private final Path projectDir;
    private final Glossary glossary;
    private final Map<String, Optional<SectionIds>> ids = new java.util.concurrent.ConcurrentHashMap<>(); // rules run side by side

    public LinkTargets(Path projectDir, Glossary glossary) {
        this.projectDir = projectDir;
        this.glossary = glossary;
    }

    /** The page a source file is rendered into: itself, or the glossary page for a term file. */
    public static String pageOf(String source) {
        return source.startsWith("content/glossary/") ? GlossaryPageSource.FILE : source;
    }

    /**
     * Resolves {@code target} against the folder of {@code page} ({@code content/core/a.adoc}); empty when it
     * leaves {@code content/}.
     */
    public static Optional<String> resolve(String page, String target) {
        Path base = Path.of(page).getParent();
        String resolved = base.resolve(target).normalize().toString().replace('\\', '/');
        return resolved.startsWith("content/") ? Optional.of(resolved) : Optional.empty();
    }

    /** True when {@code source} ({@code content/x/y.adoc}) is rendered as a page of the site. */
    public boolean isPage(String source) {
        if (source.equals(GlossaryPageSource.FILE)) {
            return true;
        }
        return source.endsWith(".adoc") && isPublished(source) && Files.isRegularFile(projectDir.resolve(source));
    }

    /** True when {@code path} names a file of the project, published or not. */
    public boolean exists(String path) {
        return Files.isRegularFile(projectDir.resolve(path));
    }

    /** True when {@code path} under content/ is copied to the site as a file (an image, a download). */
    public boolean isFile(String path) {
        return isPublished(path) && Files.isRegularFile(projectDir.resolve(path));
    }

    /** A site file that the build writes itself or copies from {@code assets/} ({@code glossary.json}, {@code css/x.css}). */
    public boolean isGeneratedOrAsset(String sitePath) {
        return sitePath.equals(handbook.glossary.FlashcardExporter.CSV_FILE)
                || sitePath.equals(handbook.glossary.FlashcardExporter.JSON_FILE)
                || sitePath.equals("sitemap.xml") || sitePath.equals("robots.txt")
                || Files.isRegularFile(projectDir.resolve("assets").resolve(sitePath));
    }

    /** The ids of a page, by source; empty when the page does not exist or cannot be read. */
    public Optional<SectionIds> idsOf(String source) {
        return ids.computeIfAbsent(source, this::read);
    }

    private Optional<SectionIds> read(String source) {
        if (source.equals(GlossaryPageSource.FILE)) {
            Set<String> set = new LinkedHashSet<>();
            Map<String, String> titles = new LinkedHashMap<>();
            for (Term t : glossary.terms()) {
                String letter = Glossary.letterOf(t);
                set.add(letter.equals("#") ? "letter-0" : "letter-" + letter.toLowerCase(java.util.Locale.ROOT));
                set.add(t.anchor());
                titles.put(t.name(), t.anchor());
            }
            return Optional.of(new SectionIds(set, titles));
        }
        if (!isPage(source)) {
            return Optional.empty();
        }
        // Unreadable files are reported by the rules that lint them; here they only have no ids.
        return SourceFiles.lines(projectDir, source, new Problems()).map(SectionIds::ofSource);
    }

    private static boolean isPublished(String path) {
        if (!path.startsWith("content/") || path.startsWith("content/glossary/")) {
            return false;
        }
        for (String segment : path.split("/")) {
            if (segment.startsWith("_") || segment.startsWith(".")) {
                return false;
            }
        }
        return true;
    }
}
