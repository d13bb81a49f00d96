package handbook.book;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The line-by-line rewriting of a chapter for the book: exact output, source lines kept, references recorded. */
class ChapterRewriterTest {
    private static final Map<String, ChapterRewriter.Target> DOCUMENTS = Map.of(
            "core/reliable-pipelines.adoc", new ChapterRewriter.Target("reliable-pipelines", "reliable-pipelines_"),
            "big-data/index.adoc", new ChapterRewriter.Target("part-big-data", "part-big-data_"));
    private static final Map<String, String> TERMS = Map.of("semi-join", "Semi-join", "change-data-capture",
            "Change data capture");

    private static BookSource rewrite(String... lines) {
        BookText out = new BookText();
        new ChapterRewriter("content/core/advanced-sql.adoc", "advanced-sql_", DOCUMENTS::get, TERMS::get, out)
                .write(List.of(lines), 0);
        return out.build();
    }

    @Test
    void termReferencesBecomeCrossReferencesToTheGlossaryWithTheTermsName() {
        BookSource book = rewrite("A term:semi-join[] or a term:change-data-capture[CDC feed].");
        assertEquals("A xref:term-semi-join[Semi-join] or a xref:term-change-data-capture[CDC feed].\n", book.text());
        assertEquals(List.of("term-semi-join", "term-change-data-capture"),
                book.references().stream().map(BookText.Reference::id).toList());
        assertEquals(new BookText.Origin("content/core/advanced-sql.adoc", 1), book.references().get(0).origin());
    }

    @Test
    void crossChapterLinksPointIntoTheBook() {
        BookSource book = rewrite("See xref:reliable-pipelines.adoc[idempotency], "
                + "xref:reliable-pipelines.adoc#backfills[backfills] and xref:../big-data/index.adoc[Part II].",
                "Also <<windows>> and <<windows,window functions>>.");
        assertEquals("See xref:reliable-pipelines[idempotency], xref:reliable-pipelines_backfills[backfills] and "
                + "xref:part-big-data[Part II].\nAlso <<advanced-sql_windows>> and <<advanced-sql_windows,window functions>>.\n",
                book.text());
    }

    @Test
    void aLinkToAFileThatIsNoChapterIsRecordedAsUnresolvable() {
        BookSource book = rewrite("xref:nowhere.adoc[gone]");
        assertEquals("missing-document:core/nowhere.adoc", book.references().get(0).id());
    }

    @Test
    void explicitIdsGetTheChaptersPrefix() {
        BookSource book = rewrite("[#windows]", "=== Windows", "", "[[frames,Frames]]", "Text anchor:here[] end.",
                "[discrete#x.role]");
        assertEquals("[#advanced-sql_windows]\n=== Windows\n\n[[advanced-sql_frames,Frames]]\n"
                + "Text anchor:advanced-sql_here[] end.\n[discrete#advanced-sql_x.role]\n", book.text());
    }

    @Test
    void includeAndImageTargetsBecomeRelativeToContentAndStayForTheGuard() {
        BookSource book = rewrite("include::partials/x.adoc[]", "include::../../pom.xml[]", "include::/etc/passwd[]",
                "image::images/star.svg[Star schema]", "include::{p}[]");
        assertEquals("include::core/partials/x.adoc[]\ninclude::core/../../pom.xml[]\ninclude::/etc/passwd[]\n"
                + "image::core/images/star.svg[Star schema]\ninclude::{p}[]\n", book.text());
    }

    @Test
    void listingsAreLeftAsTheyAre() {
        BookSource book = rewrite("[source,asciidoc]", "----", "term:semi-join[] xref:a.adoc[] [#x]", "----",
                "term:semi-join[]");
        assertEquals("[source,asciidoc]\n----\nterm:semi-join[] xref:a.adoc[] [#x]\n----\nxref:term-semi-join[Semi-join]\n",
                book.text());
    }

    @Test
    void questionsPrintOpenWithLevelAndRound() {
        BookSource book = rewrite("[.question%collapsible,level=senior,round=system-design]",
                ".Design a CDC pipeline.", "====", "Answer.", "====", "",
                "[.question%collapsible,level=mid,round=sql]", "====", "No title.", "====");
        assertEquals("[.question,level=senior,round=system-design]\n"
                + ".Design a CDC pipeline. [.question-tag]#Senior · System design#\n====\nAnswer.\n====\n\n"
                + "[.question,level=mid,round=sql,title=\"Mid · SQL\"]\n====\nNo title.\n====\n", book.text());
    }

    @Test
    void everyLineKeepsItsSourceLine() {
        BookText out = new BookText();
        new ChapterRewriter("content/core/advanced-sql.adoc", "advanced-sql_", DOCUMENTS::get, TERMS::get, out)
                .write(List.of("= Title", ":order: 1", "", "Body term:semi-join[].", "", "More."), 3);
        BookSource book = out.build();
        assertEquals(new BookText.Origin("content/core/advanced-sql.adoc", 4), book.origin(1));
        assertEquals(new BookText.Origin("content/core/advanced-sql.adoc", 6), book.origin(3));
    }
}
