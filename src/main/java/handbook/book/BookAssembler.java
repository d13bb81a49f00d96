package handbook.book;

import handbook.content.Chapter;
import handbook.content.Part;
import handbook.content.SiteContent;
import handbook.currency.CurrencyStamp;
import handbook.currency.TechVersion;
import handbook.currency.VersionsPage;
import handbook.errata.Correction;
import handbook.glossary.Glossary;
import handbook.glossary.GlossaryLinker;
import handbook.glossary.Term;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Puts the book together in the site's order: the five parts (each with its introduction) and their chapters, then
 * the glossary, the corrections ("What changed") and the versions the chapters were checked against as
 * appendices. Every id is made unique per chapter and every cross reference and term reference is rewritten to
 * resolve inside the book ({@link ChapterRewriter}). The title page and the book's attributes are the converter's.
 */
final class BookAssembler {
    static final String GLOSSARY_ID = "glossary";
    static final String CHANGES_ID = "what-changed";
    static final String VERSIONS_ID = "versions";

    private final Path projectDir;
    private final SiteContent site;
    private final Glossary glossary;
    private final Map<String, ChapterRewriter.Target> documents = new HashMap<>();
    private final BookText out = new BookText();

    BookAssembler(Path projectDir, SiteContent site, Glossary glossary) {
        this.projectDir = projectDir;
        this.site = site;
        this.glossary = glossary;
        for (Part part : site.parts()) {
            documents.put(part.id() + "/index.adoc", new ChapterRewriter.Target("part-" + part.id(), "part-" + part.id() + "_"));
            for (Chapter c : part.chapters()) {
                documents.put(inContent(c.source()), new ChapterRewriter.Target(chapterId(c), c.slug() + "_"));
            }
        }
    }

    /** The book id of a chapter: its slug (slugs are unique across the site). */
    static String chapterId(Chapter chapter) {
        return chapter.slug();
    }

    BookSource assemble(List<CurrencyStamp> stamps, List<Correction> corrections) {
        Map<String, CurrencyStamp> stampBySource = stamps.stream()
                .collect(Collectors.toMap(CurrencyStamp::source, s -> s, (a, b) -> a));
        for (Part part : site.parts()) {
            part(part);
            for (Chapter chapter : part.chapters()) {
                chapter(chapter, stampBySource.get(chapter.source()));
            }
        }
        glossaryAppendix();
        if (!corrections.isEmpty()) {
            changesAppendix(corrections);
        }
        if (!stamps.isEmpty()) {
            versionsAppendix(stamps);
        }
        return out.build();
    }

    private void part(Part part) {
        List<String> lines = read(part.source());
        String id = "part-" + part.id();
        out.add(":idprefix: " + id + "_", part.source(), 0);
        out.add("[#" + id + "]", part.source(), 1);
        out.add("= " + part.title(), part.source(), 1);
        out.blank();
        out.add("[partintro]", part.source(), 0);
        out.add("--", part.source(), 0);
        rewriter(part.source(), id + "_").write(lines, bodyStart(lines));
        out.add("--", part.source(), 0);
        out.blank();
    }

    private void chapter(Chapter chapter, CurrencyStamp stamp) {
        List<String> lines = read(chapter.source());
        String prefix = chapter.slug() + "_"; // not "-": Asciidoctor squeezes runs of the separator
        out.add(":idprefix: " + prefix, chapter.source(), 0);
        out.add("[#" + chapterId(chapter) + "]", chapter.source(), 1);
        out.add("== " + chapter.title(), chapter.source(), 1);
        out.blank();
        if (stamp != null && !stamp.versions().isEmpty()) {
            out.add("[.stamp]", chapter.source(), 0);
            out.add("Facts checked " + VersionsPage.monthLabel(stamp.checked()) + " against "
                    + stamp.versions().stream().map(BookAssembler::version).collect(Collectors.joining(", ")) + ".",
                    chapter.source(), 0);
            out.blank();
        }
        out.add(":leveloffset: +1", chapter.source(), 0);
        out.blank();
        rewriter(chapter.source(), prefix).write(lines, bodyStart(lines));
        out.blank();
        out.add(":leveloffset!:", chapter.source(), 0);
        out.blank();
    }

    private void glossaryAppendix() {
        String file = "content/glossary";
        appendixHeader(file, "glossary_", GLOSSARY_ID, "Glossary", "Every term the chapters link to, with its short "
                + "definition first. Terms in other entries link to their own entries.");
        for (Term term : glossary.terms()) {
            out.add("[discrete#" + term.anchor() + ".term-name]", term.source(), 1);
            out.add("=== " + term.name(), term.source(), 1);
            out.blank();
            // The short definition is AsciiDoc, as on the site's glossary page, from its :short: line.
            List<String> lines = read(term.source());
            int shortLine = handbook.content.AdocHeaderReader.read(lines).attribute("short")
                    .map(handbook.content.AdocHeader.Entry::line).orElse(1);
            ChapterRewriter rewriter = rewriter(term.source(), "glossary_" + term.id() + "_");
            out.add("[.term-short]", term.source(), shortLine);
            rewriter.writeLine(term.shortDefinition(), shortLine);
            out.blank();
            rewriter.write(lines, bodyStart(lines));
            out.blank();
            List<String> related = new java.util.ArrayList<>();
            if (!term.aliases().isEmpty()) {
                related.add("_Also:_ " + escape(String.join(", ", term.aliases())));
            }
            if (!term.seeAlso().isEmpty()) {
                related.add("_See also:_ " + termLinks(term, term.seeAlso()));
            }
            if (!term.contrastWith().isEmpty()) {
                related.add("_Contrast with:_ " + termLinks(term, term.contrastWith()));
            }
            if (!related.isEmpty()) {
                out.add("[.term-related]", term.source(), 0);
                for (int i = 0; i < related.size(); i++) {
                    out.add(related.get(i) + (i < related.size() - 1 ? " +" : ""), term.source(), 0);
                }
                out.blank();
            }
        }
    }

    private String termLinks(Term from, List<String> ids) {
        return ids.stream().map(id -> {
            out.reference("term-" + id, from.source(), 0);
            String name = glossary.find(id).map(Term::name).orElse(id);
            return "xref:term-" + id + "[" + name.replace("]", "\\]") + "]";
        }).collect(Collectors.joining(", "));
    }

    /** An appendix's opening: its ids' prefix, its anchor and title, and the paragraph that says what it holds. */
    private void appendixHeader(String file, String idPrefix, String id, String title, String intro) {
        out.add(":idprefix: " + idPrefix, file, 0);
        out.add("[appendix#" + id + "]", file, 0);
        out.add("= " + title, file, 0);
        out.blank();
        out.add(intro, file, 0);
        out.blank();
    }

    private void changesAppendix(List<Correction> corrections) {
        String file = "errata";
        appendixHeader(file, "changes_", CHANGES_ID, "What changed", "Corrections made to the text since it was "
                + "first published, newest first: what it said, and what is true now.");
        List<Correction> sorted = corrections.stream()
                .sorted(java.util.Comparator.comparing(Correction::date).reversed()
                        .thenComparing(Correction::chapter).thenComparing(Correction::section))
                .toList();
        for (Correction c : sorted) {
            String where;
            if (c.isGlossary()) {
                out.reference("term-" + c.section(), c.file(), c.line());
                where = "Glossary, xref:term-" + c.section() + "[" + glossary.find(c.section()).map(Term::name)
                        .orElse(c.section()) + "]";
            } else {
                ChapterRewriter.Target doc = documents.get(c.chapter() + ".adoc");
                String chapterId = doc == null ? "missing-document:" + c.chapter() : doc.id();
                String sectionId = doc == null ? chapterId : doc.prefix() + c.section();
                out.reference(chapterId, c.file(), c.line());
                out.reference(sectionId, c.file(), c.line());
                where = "xref:" + chapterId + "[], section xref:" + sectionId + "[]";
            }
            out.add("[.correction]", c.file(), c.line());
            out.add("*" + c.date() + " · " + c.severity().label() + "* (" + c.severity().meaning() + ") · " + where
                    + ": " + escape(c.change()), c.file(), c.line());
            out.blank();
        }
    }

    private void versionsAppendix(List<CurrencyStamp> stamps) {
        String file = "content";
        appendixHeader(file, "versions_", VERSIONS_ID, "Versions the handbook is checked against", "Each chapter was "
                + "checked against these releases in the month shown; read a chapter with the release notes at hand if "
                + "you work with a newer release.");
        out.add("[cols=\"2,3\",options=header]", file, 0);
        out.add("|===", file, 0);
        out.add("|Chapter |Checked against", file, 0);
        for (CurrencyStamp s : stamps) {
            ChapterRewriter.Target doc = documents.get(inContent(s.source()));
            String ref = doc == null ? "missing-document:" + s.source() : doc.id();
            out.reference(ref, s.source(), 0);
            out.add("|xref:" + ref + "[] (" + VersionsPage.monthLabel(s.checked()) + ")", s.source(), 0);
            out.add("|" + escape(s.versions().stream().map(BookAssembler::version)
                    .collect(Collectors.joining(", "))), s.source(), 0);
        }
        out.add("|===", file, 0);
        out.blank();
    }

    private ChapterRewriter rewriter(String file, String prefix) {
        // an empty term:id[] reads as on the site: the term's name as it reads mid-sentence ("columnar storage")
        Function<String, String> names = id -> glossary.find(id).map(t -> GlossaryLinker.runningTextName(t.name())).orElse(null);
        return new ChapterRewriter(file, prefix, documents::get, names, out);
    }

    /** The first line after the document header (title and attribute entries up to the first blank line). */
    static int bodyStart(List<String> lines) {
        int i = 0;
        if (!lines.isEmpty() && lines.get(0).startsWith("= ")) {
            i = 1;
            while (i < lines.size() && !lines.get(i).isBlank()) {
                i++;
            }
        }
        return i;
    }

    private static String inContent(String source) {
        return source.startsWith("content/") ? source.substring("content/".length()) : source;
    }

    /** Plain text from data files (errata, stamps, term fields) must not be read as AsciiDoc markup. */
    static String escape(String text) {
        return "pass:c[" + text.replace("]", "\\]") + "]";
    }

    private List<String> read(String source) {
        try {
            return Files.readAllLines(projectDir.resolve(source), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How a stamp names a technology in running text. */
    private static String version(TechVersion v) {
        return v.version().isEmpty() ? v.name() : v.name() + " " + v.version();
    }
}
