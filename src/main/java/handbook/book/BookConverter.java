package handbook.book;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import handbook.bake.SourceMarkers;
import handbook.build.BuildFailedException;
import handbook.build.Problem;
import handbook.sanitize.HtmlSanitizer;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.Document;
import org.asciidoctor.jruby.internal.RubyObjectWrapper;
import org.jruby.runtime.ThreadContext;
import org.jruby.runtime.builtin.IRubyObject;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Asciidoctor for the book, with the site's safe settings: SERVER safe mode, {@code content/} as the base (the
 * include guard of {@code handbook.asciidoc}, registered on every instance, refuses anything outside it), only
 * the attributes set here (no system properties), and dates fixed to the newest commit's so two builds of the same
 * commit are byte-identical. Converts to PDF (asciidoctor-pdf, the theme and fonts in {@code src/main/book/}) and
 * EPUB 3 (asciidoctor-epub3).
 */
final class BookConverter {
    enum Format {
        PDF("pdf", "asciidoctor-pdf", "handbook.pdf"),
        EPUB("epub3", "asciidoctor-epub3", "handbook.epub");

        final String backend;
        final String library;
        final String fileName;

        Format(String backend, String library, String fileName) {
            this.backend = backend;
            this.library = library;
            this.fileName = fileName;
        }
    }

    /** The book's settings: where content and theme are, the edition's date, the book's identifier. */
    record Settings(Path contentDir, Path themeDir, Path fontsDir, String date, String uuid) {}

    private static final java.util.logging.Logger ASCIIDOCTOR_JUL = java.util.logging.Logger.getLogger("asciidoctor");
    private final Asciidoctor asciidoctor;
    private final Settings settings;
    private final Set<String> loaded = new TreeSet<>();

    BookConverter(Settings settings, BookLog log) {
        this.settings = settings;
        asciidoctor = Asciidoctor.Factory.create();
        asciidoctor.registerLogHandler(log);
        ASCIIDOCTOR_JUL.setLevel(java.util.logging.Level.OFF); // BookLog reports every message, with file and line
    }

    /**
     * Parses the book (its includes go through the include guard) and converts it to HTML as the site does, then
     * runs the site's sanitizer over that: what the site would refuse (raw HTML, attributes breaking out of a role,
     * script URLs) fails the book too, wherever it would print. Returns the ids the book defines and each refusal
     * with the source location of the block it was found in. Needs neither PDF nor EPUB converter.
     */
    Checked check(BookSource book) {
        Document document = asciidoctor.load(book.text(), Options.builder()
                .safe(SafeMode.SERVER)
                .baseDir(settings.contentDir().toFile())
                .backend("html5")
                .sourcemap(true)
                .standalone(false)
                .toFile(false)
                .attributes(attributes().attribute("rouge-css", "class").build()) // as the site: no style=""
                .build());
        Set<String> ids = new TreeSet<>(document.getCatalog().getRefs().keySet());
        List<Cursor> locations = SourceMarkers.mark(document);
        HtmlSanitizer.Result clean = new HtmlSanitizer(0).sanitize(document.convert());
        List<Refusal> refusals = new ArrayList<>();
        for (HtmlSanitizer.Removal r : clean.removals()) {
            Cursor at = r.marker() >= 0 && r.marker() < locations.size() ? locations.get(r.marker()) : null;
            refusals.add(new Refusal(at, "refused by the HTML sanitizer: " + r.what()
                    + " (content may use only the markup listed in docs/security.md)"));
        }
        return new Checked(ids, refusals);
    }

    /** What the check found: every id in the book, and what the sanitizer refused. */
    record Checked(Set<String> ids, List<Refusal> refusals) {}

    /** Something the site's sanitizer removed, and where (null when the block had no location). */
    record Refusal(Cursor at, String message) {}

    /**
     * Converts the book into {@code target}. Asciidoctor jails output files to the base directory in safe mode
     * (here {@code content/}, where nothing may be written), so the document is loaded with that jail for its
     * includes and images, and the converter's own {@code write} then writes to the file the build chose.
     */
    void convert(BookSource book, Format format, Path target) {
        require(format);
        Document document = asciidoctor.load(book.text(), options(format));
        IRubyObject doc = ((RubyObjectWrapper) document).getRubyObject();
        ThreadContext context = doc.getRuntime().getCurrentContext();
        IRubyObject output = doc.callMethod(context, "convert");
        doc.callMethod(context, "write", new IRubyObject[] {output, doc.getRuntime().newString(target.toString())});
    }

    private void require(Format format) {
        if (loaded.add(format.library)) {
            try {
                asciidoctor.requireLibrary(format.library);
            } catch (RuntimeException e) { // a Ruby LoadError: the converter's jar is not on the classpath
                throw new BuildFailedException("loading " + format.library, List.of(Problem.error("pom.xml", 0,
                        format.library + " is not on the classpath: build the book with mvn package -Pbook")));
            }
        }
    }

    private Options options(Format format) {
        return Options.builder()
                .safe(SafeMode.SERVER)
                .baseDir(settings.contentDir().toFile())
                .backend(format.backend)
                .sourcemap(true)
                .standalone(true)
                .toFile(false)
                .attributes(attributes().build())
                .build();
    }

    private static String fromWorkingDir(Path path) {
        return Path.of("").toAbsolutePath().relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private org.asciidoctor.AttributesBuilder attributes() {
        String date = settings.date();
        return Attributes.builder()
                // Paths are relative to the working directory: content can print any attribute ({pdf-themesdir}),
                // and must not learn where the build machine keeps things.
                .attribute("outdir", fromWorkingDir(settings.contentDir())) // where the EPUB converter finds images
                .attribute("compress", "") // PDF page streams compressed (the file is a third of the size)
                .attribute("doctype", "book")
                .attribute("idseparator", "-")
                .attribute("sectids", "")
                .attribute("source-highlighter", "rouge")
                .attribute("rouge-style", "github")
                .attribute("attribute-missing", "warn")
                .attribute("example-caption!", "")
                .attribute("table-caption!", "")
                .attribute("figure-caption!", "")
                .attribute("icons!", "")
                .attribute("data-uri!", "")
                .attribute("toc", "")
                .attribute("toclevels", "2")
                .attribute("title-page", "")
                .attribute("lang", "en")
                .attribute("uuid", settings.uuid())
                .attribute("revdate", date)
                .attribute("localdate", date).attribute("docdate", date)
                .attribute("localyear", date.substring(0, 4)).attribute("docyear", date.substring(0, 4))
                .attribute("localtime", "00:00:00 +0000").attribute("doctime", "00:00:00 +0000")
                .attribute("localdatetime", date + " 00:00:00 +0000").attribute("docdatetime", date + " 00:00:00 +0000")
                .attribute("pdf-theme", "handbook")
                .attribute("pdf-themesdir", fromWorkingDir(settings.themeDir()))
                .attribute("pdf-fontsdir", "GEM_FONTS_DIR," + fromWorkingDir(settings.fontsDir()))
                .attribute("producer", "Senior Data Engineer Interview Handbook");
    }
}
