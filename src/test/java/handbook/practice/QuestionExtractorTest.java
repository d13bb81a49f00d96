package handbook.practice;

import handbook.build.Problems;
import handbook.content.Chapter;
import handbook.pages.RenderedPage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Extraction from small rendered pages: ids, fields, challenges and their hidden solutions. */
class QuestionExtractorTest {
    private static final Chapter CHAPTER = new Chapter("core", "advanced-sql", "Advanced SQL", 10, "s", "",
            "content/core/advanced-sql.adoc", "core/advanced-sql.html");

    private static String question(String title, String level, String round, String answer) {
        return "<details class=\"question level-" + level + " round-" + round + "\"><summary class=\"title\">" + title
                + "<span class=\"badges\"><span class=\"badge\">X</span></span></summary><div class=\"content\">" + answer
                + "</div></details>";
    }

    private static RenderedPage page(String body) {
        return new RenderedPage(CHAPTER.uri(), CHAPTER.source(), Jsoup.parse("<body class=\"type-chapter\"><article class=\"doc chapter\">"
                + "<div class=\"sect1\"><h2 id=\"interview-questions\">Interview questions</h2><div class=\"sectionbody\">"
                + body + "</div></div></article></body>"));
    }

    private static List<Question> extract(String body, Problems problems) {
        return new QuestionExtractor(problems).extract(CHAPTER, page(body));
    }

    @Test
    void everyFieldIsFilledAndLinksWorkFromTheSiteRoot() {
        Problems problems = new Problems();
        List<Question> qs = extract(question("Why NOT IN?", "senior", "sql",
                "<p>See <a class=\"term\" data-term=\"anti-join\" aria-describedby=\"tip-anti-join\" href=\"../glossary.html#term-anti-join\">anti-join</a>"
                        + " and <a href=\"#joins\">joins</a>.</p>"), problems);
        assertEquals(1, qs.size());
        Question q = qs.get(0);
        assertEquals(QuestionIds.hashed("advanced-sql", "Why NOT IN?"), q.id());
        assertTrue(q.id().matches("advanced-sql-[0-9a-f]{8}"), q.id());
        assertEquals("Why NOT IN?", q.text());
        assertEquals("senior", q.level());
        assertEquals("sql", q.round());
        assertEquals("core", q.part());
        assertEquals("core/advanced-sql.html", q.chapter());
        assertEquals("interview-questions", q.section());
        assertEquals(q.id(), q.anchor());
        assertEquals(List.of("anti-join"), q.terms());
        assertTrue(q.answer().contains("href=\"glossary.html#term-anti-join\""), q.answer());
        assertTrue(q.answer().contains("href=\"core/advanced-sql.html#joins\""), q.answer());
        assertFalse(q.answer().contains("aria-describedby"), q.answer());
        assertFalse(problems.hasErrors());
    }

    @Test
    void idsAreStableWhenAQuestionIsInsertedBeforeOrTheyAreReordered() {
        String a = question("What is a window frame?", "mid", "sql", "<p>A.</p>");
        String b = question("Why   can’t you filter on a window function?", "mid", "sql", "<p>B.</p>");
        List<String> before = extract(a + b, new Problems()).stream().map(Question::id).toList();
        List<Question> after = extract(question("A new first question?", "staff", "concepts", "<p>N.</p>") + b + a, new Problems());
        assertEquals(before.get(0), after.get(2).id());
        assertEquals(before.get(1), after.get(1).id());
        assertNotEquals(before.get(0), before.get(1));
        assertEquals(QuestionIds.hashed("advanced-sql", "why can t you filter on a WINDOW function"), before.get(1),
                "whitespace, case and punctuation do not change the id");
    }

    @Test
    void anExplicitIdOverridesTheHashAndDuplicatesAreAnError() {
        String pinned = question("Reworded question?", "mid", "sql", "<p>A.</p>").replace("<details ", "<details id=\"window-frames\" ");
        assertEquals("advanced-sql-window-frames", extract(pinned, new Problems()).get(0).id());
        Problems problems = new Problems();
        extract(question("Same?", "mid", "sql", "<p>1</p>") + question("same", "mid", "sql", "<p>2</p>"), problems);
        assertTrue(problems.errors().get(0).message().contains("explicit id="), problems.errors().toString());
    }

    @Test
    void aChallengeKeepsItsStatementAndHidesItsSolution() {
        RenderedPage page = page("<div class=\"sect2\"><h3 id=\"problem-3-easy-running-total\">Problem 3 (Easy): running total</h3>"
                + "<div class=\"paragraph\"><p>Show the running total.</p></div>"
                + "<div class=\"listingblock check-setup\"><pre><code data-lang=\"sql\">CREATE TABLE t (x int);</code></pre></div>"
                + "<div class=\"paragraph\"><p>The tempting answer:</p></div>"
                + "<div class=\"listingblock check-result\"><pre><code data-lang=\"sql\">SELECT sum(x) OVER () FROM t;</code></pre></div>"
                + "<div class=\"literalblock sql-result\"><pre>1</pre></div></div>");
        List<Question> qs = new QuestionExtractor(new Problems()).extract(CHAPTER, page);
        Question q = qs.get(0);
        assertEquals("challenge", q.kind());
        assertEquals("running total", q.text());
        assertEquals("easy", q.difficulty());
        assertEquals("mid", q.level());
        assertEquals("sql", q.round());
        assertEquals(QuestionIds.hashed("advanced-sql", "running total"), q.id(), "renumbering keeps the id");
        assertTrue(q.prompt().contains("CREATE TABLE") && !q.prompt().contains("tempting"), q.prompt());
        assertTrue(q.answer().contains("tempting") && q.answer().contains("OVER"), q.answer());
        var section = page.html().selectFirst("div.sect2");
        assertEquals(q.id(), section.attr("data-challenge"));
        var details = section.selectFirst("> details.solution");
        assertNotNull(details);
        assertEquals("Show solution", details.selectFirst("summary").text());
        assertNull(section.selectFirst("> div.check-result"), "the solution moved into the disclosure");
        assertNotNull(section.selectFirst("> div.check-setup"), "the schema stays visible");
    }

    @Test
    void aPythonChallengeHidesFromItsFirstListing() {
        RenderedPage page = page("<div class=\"sect2\"><h3 id=\"py\">Python 2 (Medium): sessionise events</h3>"
                + "<div class=\"paragraph\"><p>Write it.</p></div>"
                + "<div class=\"listingblock check-run\"><pre><code data-lang=\"python\">print(1)</code></pre></div></div>");
        Question q = new QuestionExtractor(new Problems()).extract(CHAPTER, page).get(0);
        assertEquals("coding", q.round());
        assertEquals("senior", q.level());
        assertTrue(q.prompt().contains("Write it.") && !q.prompt().contains("print"));
    }

    @Test
    void ankiCellsAreQuotedAndFormulasNeutralised() {
        assertEquals("\"'=SUM(A1)\"", AnkiDeck.cell("=SUM(A1)"));
        assertEquals("\"'-1\"", AnkiDeck.cell("-1"));
        assertEquals("\"'@x\"", AnkiDeck.cell("@x"));
        assertEquals("\"'+1\"", AnkiDeck.cell("+1"));
        assertEquals("\"say \"\"hi\"\", then\"", AnkiDeck.cell("say \"hi\", then"));
    }
}
