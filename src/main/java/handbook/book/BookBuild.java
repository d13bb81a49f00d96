package handbook.book;

import handbook.build.BuildConfig;
import handbook.build.BuildFailedException;
import handbook.build.Problem;
import handbook.build.Problems;
import handbook.content.ContentAllowlist;
import handbook.content.ContentLimits;
import handbook.content.ContentScanner;
import handbook.content.GitHistory;
import handbook.content.SiteContent;
import handbook.glossary.Glossary;
import handbook.glossary.TermRegistry;
import handbook.lint.ContentLinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The book, as a recipe: check the content as the site build does → assemble one AsciiDoc book in the site's order
 * → parse it (includes go through the site's guard; every reference must resolve) → convert to PDF → convert to
 * EPUB 3 → make both reproducible → publish them into the output folder. Any problem fails the book with file and
 * line, all at once, and leaves the files of the last good build in place.
 */
public final class BookBuild {
    /** Where the PDF theme, its fonts and their licences live, relative to the project. */
    public static final String THEME_DIR = "src/main/book";
    static final String FALLBACK_FONT = "DejaVuSans.ttf";

    private final Path projectDir;
    private final Path outputDir;
    private final Path workDir;
    private final Path fontsDir;

    /**
     * @param outputDir where {@code handbook.pdf} and {@code handbook.epub} are published
     * @param workDir scratch space (the assembled book is left there as {@code handbook.adoc}, for authors)
     * @param fontsDir the DejaVu fonts the theme falls back to ({@code mvn -Pbook} fetches them from npm)
     */
    public BookBuild(Path projectDir, Path outputDir, Path workDir, Path fontsDir) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.outputDir = outputDir.toAbsolutePath().normalize();
        this.workDir = workDir.toAbsolutePath().normalize();
        this.fontsDir = fontsDir.toAbsolutePath().normalize();
    }

    /** What a successful build made: the files and the milliseconds of each stage. */
    public record BookResult(Path pdf, Path epub, Map<String, Long> stageMillis) {}

    public BookResult run() {
        Map<String, Long> laps = new LinkedHashMap<>();
        long[] last = {System.nanoTime()};
        Problems problems = new Problems();
        ContentAllowlist.check(projectDir, problems);
        problems.failIfErrors("checking the content tree");
        ContentLimits.check(projectDir, problems);
        problems.failIfErrors("checking content sizes");
        SiteContent site = new ContentScanner(projectDir, problems).scan();
        Glossary glossary = TermRegistry.load(projectDir, problems);
        problems.failIfErrors("checking content");
        // Lint problems do not stop the parse: one run reports them with the include guard's and the references'.
        ContentLinter.Result checked = ContentLinter.lint(projectDir, site, glossary, problems);

        BookConfig config = BookConfig.of(projectDir);
        BookSource book = withTitle(config, new BookAssembler(projectDir, site, glossary)
                .assemble(checked.stamps(), checked.corrections()));
        write(workDir.resolve("handbook.adoc"), book.text()); // for authors: the book as Asciidoctor sees it
        laps.put("check and assemble", elapsed(last));

        BookLog log = new BookLog(projectDir);
        BookConverter converter = new BookConverter(new BookConverter.Settings(projectDir.resolve("content"),
                projectDir.resolve(THEME_DIR), fontsDir, config.date(), config.uuid()), log);
        log.start(book);
        BookConverter.Checked parsed = converter.check(book);
        Set<String> ids = parsed.ids();

        for (BookText.Reference r : book.references()) {
            if (!ids.contains(r.id())) {
                problems.add(Problem.error(r.origin().file(), r.origin().line(), "unresolved reference in the book: "
                        + r.id().replaceFirst("^missing-document:", "no chapter ") ));
            }
        }
        problems.addAll(book.problems());
        // What the site's sanitizer refuses must not reach the book (the EPUB is XHTML) either.
        parsed.refusals().forEach(r -> problems.add(log.at(r.at(), r.message())));
        problems.addAll(log.problems());
        problems.failIfErrors("checking and assembling the book");
        laps.put("parse and sanitize", elapsed(last));

        if (!Files.isRegularFile(fontsDir.resolve(FALLBACK_FONT))) {
            throw new BuildFailedException("finding the fonts", List.of(Problem.error(THEME_DIR + "/handbook-theme.yml",
                    0, "the fallback font " + FALLBACK_FONT + " is not in " + fontsDir
                            + ": build the book with mvn package -Pbook, which fetches it")));
        }
        Path pdf = convert(converter, log, book, BookConverter.Format.PDF);
        laps.put("PDF", elapsed(last));
        Path epub = convert(converter, log, book, BookConverter.Format.EPUB);
        List<Problem> malformed = XhtmlCheck.check(epub, chapterFiles(site));
        if (!malformed.isEmpty()) {
            throw new BuildFailedException("checking the EPUB", malformed);
        }
        laps.put("EPUB", elapsed(last));
        return new BookResult(publish(pdf), publish(epub), laps);
    }

    /** The content file behind each of the EPUB's chapter files (named by the chapter's id in the book). */
    private static Map<String, String> chapterFiles(SiteContent site) {
        Map<String, String> files = new java.util.HashMap<>();
        site.parts().forEach(p -> {
            files.put("part-" + p.id(), p.source());
            p.chapters().forEach(c -> files.put(BookAssembler.chapterId(c), c.source()));
        });
        files.put(BookAssembler.GLOSSARY_ID, "content/glossary");
        files.put(BookAssembler.CHANGES_ID, "errata");
        return files;
    }

    private Path convert(BookConverter converter, BookLog log, BookSource book, BookConverter.Format format) {
        Path target = workDir.resolve(format.fileName);
        try {
            Files.deleteIfExists(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.start(book);
        converter.convert(book, format, target);
        fail(log, "converting the book to " + format.name());
        if (!Files.isRegularFile(target)) {
            throw new BuildFailedException("converting the book to " + format.name(),
                    List.of(Problem.error("content", 0, "the converter wrote no " + format.fileName)));
        }
        return target;
    }

    private static void fail(BookLog log, String stage) {
        List<Problem> found = log.problems();
        if (!found.isEmpty()) {
            throw new BuildFailedException(stage, found);
        }
    }

    /** Moves a finished file into the output folder in one step: readers never see half a book. */
    private Path publish(Path file) {
        try {
            Files.createDirectories(outputDir);
            Path target = outputDir.resolve(file.getFileName());
            Path partial = outputDir.resolve("." + file.getFileName() + ".partial");
            Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document header: title, and the edition (the newest commit's date) on the title page. */
    private static BookSource withTitle(BookConfig config, BookSource body) {
        BookText text = new BookText();
        // "Title: subtitle" prints as title and subtitle on the title page; the edition is the revision date.
        text.add("= " + config.title() + ": Every chapter, interview question and model answer, and the glossary",
                "jbake.properties", 0);
        text.blank();
        String[] lines = body.text().split("\n", -1);
        for (int i = 0; i < lines.length - 1; i++) {
            BookText.Origin o = body.origins().get(i);
            text.add(lines[i], o.file(), o.line());
        }
        body.references().forEach(r -> text.reference(r.id(), r.origin().file(), r.origin().line()));
        body.problems().forEach(p -> text.problem(p.file(), p.line(), p.message()));
        return text.build();
    }

    private static long elapsed(long[] last) {
        long now = System.nanoTime();
        long ms = (now - last[0]) / 1_000_000;
        last[0] = now;
        return ms;
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The book's title, its edition date (git's, not the clock) and its identifier. */
    record BookConfig(String title, String date, String uuid) {
        static BookConfig of(Path projectDir) {
            BuildConfig site = BuildConfig.load(projectDir, projectDir.resolve("target/site"), null);
            String date = GitHistory.newestCommit(projectDir).map(Object::toString).orElse("1970-01-01");
            // Stable across editions: the same publication, identified by its public address.
            String uuid = "urn:uuid:" + UUID.nameUUIDFromBytes((site.siteUrl() + site.basePath() + "/handbook.epub")
                    .getBytes(StandardCharsets.UTF_8));
            return new BookConfig(site.siteTitle(), date, uuid);
        }
    }
}
