package handbook.bake;

import handbook.build.ContentHash;
import handbook.build.Problem;
import handbook.content.AdocHeader;
import handbook.content.AdocHeaderReader;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Cursor;
import handbook.sanitize.HtmlSanitizer;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Replaces JBake's AsciiDoc engine, which forces Asciidoctor's UNSAFE mode, exports every JVM system property as an
 * attribute and converts bodies as anonymous strings. This one converts each file in SERVER safe mode with the
 * content tree as its jail, sets only the attributes below, and turns Asciidoctor's warnings into problems that
 * name the file and line. One Asciidoctor instance is kept for all bakes (it costs seconds to start), and each
 * file's conversion is remembered by its content hash, so the preview's rebuilds convert only what changed.
 */
final class HandbookAsciidocEngine extends MarkupEngine implements LogHandler {
    private static final java.util.logging.Logger ASCIIDOCTOR_JUL = java.util.logging.Logger.getLogger("asciidoctor");
    private final Asciidoctor asciidoctor;
    private final List<Problem> problems = new ArrayList<>();
    /** Conversions by file and content hash: a preview rebuild converts only what changed. */
    private final Map<String, Converted> cache = new java.util.HashMap<>();
    private final java.util.Set<String> usedKeys = new java.util.HashSet<>();

    private record Converted(String html, List<Problem> problems) {}
    private Path projectDir;
    private Path stagedContent;
    private Path sourceContent;
    private Path current;
    /** Last-changed dates from git: the date and time attributes are fixed to them, so builds stay byte-identical. */
    private Map<String, String> dates = Map.of();
    private String latestDate = EPOCH;
    private static final String EPOCH = "1970-01-01";
    /** Above this a converted page fails the build (a few lines of nested attributes can expand to 100 MB). */
    static final int MAX_PAGE_CHARS = handbook.content.ContentLimits.MAX_PAGE_BYTES;

    HandbookAsciidocEngine() {
        asciidoctor = Asciidoctor.Factory.create();
        asciidoctor.registerLogHandler(this);
        ASCIIDOCTOR_JUL.setLevel(java.util.logging.Level.OFF); // we report its messages ourselves, with file and line
    }

    /** Points the engine at a staged content tree; problems are reported against {@code sourceContent}. */
    synchronized void prepare(Path projectDir, Path stagedContent, Path sourceContent, boolean wholeSite) {
        this.projectDir = projectDir;
        this.stagedContent = stagedContent;
        this.sourceContent = sourceContent;
        problems.clear();
        this.dates = handbook.content.GitHistory.lastChanged(projectDir); // kept per commit: no git run while HEAD stays
        this.latestDate = dates.values().stream().max(String::compareTo).orElse(EPOCH);
        if (wholeSite) {
            cache.keySet().retainAll(usedKeys); // forget files that were deleted or changed since the bake before
            usedKeys.clear();
        }
    }

    synchronized List<Problem> problems() {
        return List.copyOf(problems);
    }

    @Override
    public void processHeader(ParserContext context) {
        AdocHeader header = AdocHeaderReader.read(context.getFileLines());
        DocumentModel model = context.getDocumentModel();
        if (header.title() != null) {
            model.setTitle(header.title());
        }
        for (Map.Entry<String, AdocHeader.Entry> e : header.attributes().entrySet()) {
            String key = e.getKey().startsWith("jbake-") ? e.getKey().substring("jbake-".length()) : e.getKey();
            model.put(key, e.getValue().value());
        }
    }

    @Override
    public void processBody(ParserContext context) {
        Path file = context.getFile().toPath().toAbsolutePath().normalize();
        String text = String.join("\n", context.getFileLines());
        // A file that includes others may change without its own text changing: always convert those.
        String date = dates.getOrDefault(sourcePath(file), latestDate);
        String key = text.contains("include::") ? null
                : stagedContent.relativize(file) + "\u0000" + date + "\u0000" + ContentHash.sha256(text);
        synchronized (this) {
            current = file;
            Converted cached = key == null ? null : cache.get(key);
            if (cached != null) {
                usedKeys.add(key);
                problems.addAll(cached.problems());
                context.setBody(cached.html());
                return;
            }
        }
        int before;
        synchronized (this) {
            before = problems.size();
        }
        Attributes attributes = Attributes.builder()
                .attribute("idprefix", "")
                .attribute("idseparator", "-")
                .attribute("source-highlighter", "rouge")
                .attribute("rouge-css", "class")
                .attribute("attribute-missing", "warn")
                .attribute("example-caption!", "")
                .attribute("table-caption!", "")
                .attribute("figure-caption!", "")
                .attribute("icons!", "")
                .attribute("relfilesuffix", ".html")
                .attribute("data-uri!", "") // locked off: images stay files (and the jail's warnings have no line)
                .attribute("localdate", date).attribute("docdate", date)
                .attribute("localyear", date.substring(0, 4)).attribute("docyear", date.substring(0, 4))
                .attribute("localtime", "00:00:00 +0000").attribute("doctime", "00:00:00 +0000")
                .attribute("localdatetime", date + " 00:00:00 +0000").attribute("docdatetime", date + " 00:00:00 +0000")
                .build();
        Options options = Options.builder()
                .safe(SafeMode.SERVER)
                .baseDir(stagedContent.toFile())
                .sourcemap(true)
                .standalone(false)
                .toFile(false)
                .attributes(attributes)
                .build();
        org.asciidoctor.ast.Document document = asciidoctor.loadFile(context.getFile(), options);
        List<Cursor> locations = SourceMarkers.mark(document);
        int depth = stagedContent.relativize(file).getNameCount() - 1;
        HtmlSanitizer.Result clean = new HtmlSanitizer(depth).sanitize(document.convert());
        synchronized (this) {
            for (HtmlSanitizer.Removal r : clean.removals()) {
                Cursor at = r.marker() >= 0 && r.marker() < locations.size() ? locations.get(r.marker()) : null;
                String where = at == null || at.getFile() == null ? sourcePath(file) : sourcePath(Path.of(at.getFile()));
                problems.add(Problem.error(where, at == null ? 0 : at.getLineNumber(), "refused by the HTML sanitizer: " + r.what()
                        + " (content may use only the markup listed in docs/security.md)"));
            }
        }
        String html = clean.html();
        if (html.length() > MAX_PAGE_CHARS) {
            synchronized (this) {
                problems.add(Problem.error(sourcePath(file), 0, "the page converts to " + html.length() / 1024
                        + " KB of HTML; the limit is " + MAX_PAGE_CHARS / 1024 + " KB (nested attributes or includes?)"));
            }
            html = "";
        }
        context.setBody(html);
        if (key != null) {
            synchronized (this) {
                cache.put(key, new Converted(html, List.copyOf(problems.subList(before, problems.size()))));
                usedKeys.add(key);
            }
        }
    }

    @Override
    public synchronized void log(LogRecord record) {
        if (record.getSeverity() == Severity.DEBUG || record.getSeverity() == Severity.INFO) {
            return;
        }
        String file = current == null ? "content" : sourcePath(current);
        int line = current == null ? 0 : lineMentioning(current, record.getMessage());
        if (record.getCursor() != null) {
            line = Math.max(record.getCursor().getLineNumber(), 0);
            String path = record.getCursor().getFile();
            if (path != null && stagedContent != null) {
                file = sourcePath(Path.of(path));
            }
        }
        problems.add(Problem.error(file, line, record.getMessage()));
    }

    /** For messages without a location (a missing attribute): the first line that names it. */
    private static int lineMentioning(Path file, String message) {
        int colon = message.lastIndexOf(": ");
        if (colon < 0) {
            return 0;
        }
        String needle = "{" + message.substring(colon + 2).strip() + "}";
        try {
            List<String> lines = java.nio.file.Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(needle)) {
                    return i + 1;
                }
            }
        } catch (java.io.IOException e) {
            return 0;
        }
        return 0;
    }

    private String sourcePath(Path staged) {
        Path p = (staged.isAbsolute() ? staged : stagedContent.resolve(staged)).normalize();
        if (p.startsWith(stagedContent)) {
            p = sourceContent.resolve(stagedContent.relativize(p));
        }
        return p.startsWith(projectDir) ? projectDir.relativize(p).toString().replace('\\', '/') : p.getFileName().toString();
    }
}
