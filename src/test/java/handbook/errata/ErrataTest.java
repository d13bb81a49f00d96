package handbook.errata;

import handbook.build.FixtureProject;
import handbook.build.Problem;
import handbook.build.Problems;
import handbook.build.TestDirs;
import handbook.content.ContentScanner;
import handbook.content.SiteContent;
import handbook.glossary.Glossary;
import handbook.glossary.TermRegistry;
import handbook.lint.LinkTargets;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The errata file: its format, every problem with file and line in one run, and references that must exist. */
class ErrataTest {
    private static final String FILE = "errata/2026-12.txt";

    private static List<String> format(Problems problems) {
        return problems.all().stream().map(Problem::format).toList();
    }

    @Test
    void parsesEntriesSeparatedByBlankLinesWithComments() {
        Problems problems = new Problems();
        List<Correction> corrections = ErrataReader.parse(FILE, List.of(
                "# December's review", "date: 2026-12-03", "chapter: core/advanced-sql", "section: pivoting",
                "severity: wrong", "change: The pivot merged quarters of different years: it now groups by year too.",
                "", "", "Date: 2026-12-02", "chapter: glossary", "# a comment inside an entry", "section: pseudonymisation",
                "severity: outdated", "change: Since C-413/23 P (2025), whether data is personal depends on who holds it."),
                problems);
        assertEquals(List.of(), problems.all());
        assertEquals(List.of(
                new Correction(LocalDate.of(2026, 12, 3), "core/advanced-sql", "pivoting", Correction.Severity.WRONG,
                        "The pivot merged quarters of different years: it now groups by year too.", FILE, 2),
                new Correction(LocalDate.of(2026, 12, 2), "glossary", "pseudonymisation", Correction.Severity.OUTDATED,
                        "Since C-413/23 P (2025), whether data is personal depends on who holds it.", FILE, 9)), corrections);
    }

    @Test
    void reportsEveryProblemWithItsLineAndKeepsTheGoodEntries() {
        Problems problems = new Problems();
        List<Correction> corrections = ErrataReader.parse(FILE, List.of(
                "date: 2026-02-30", "chapter: core/a", "section: s", "severity: wrong", "change: x",          // 1-5
                "",
                "date: 2026-12-01", "chapter: core/a", "section: s", "severity: minor", "change: x",          // 7-11
                "",
                "date: 2026-12-01", "chapter: core/a", "severity: wrong", "change:",                          // 13-16
                "",
                "date: 2026-12-01", "chapter: core/a", "section: s", "severity: wrong", "change: x",          // 18-22
                "date: 2026-12-02",                                                                           // 23
                "just words",                                                                                 // 24
                "author: me",                                                                                 // 25
                "",
                "date: 2026-12-01", "chapter: core/a", "section: s", "severity: misleading", "change: " + "y".repeat(1001)), // 27-31
                problems);
        assertEquals(List.of(
                "errata/2026-12.txt:1: error: date must be a day written YYYY-MM-DD, not '2026-02-30'",
                "errata/2026-12.txt:10: error: severity must be one of wrong, outdated, misleading, not 'minor'",
                "errata/2026-12.txt:13: error: the entry needs a value for 'section'",
                "errata/2026-12.txt:16: error: the entry needs a value for 'change'",
                "errata/2026-12.txt:23: error: 'date' given twice in one entry (did you forget the blank line between entries?)",
                "errata/2026-12.txt:24: error: expected 'key: value' with a key among [date, chapter, section, severity, change] (entries are separated by one blank line)",
                "errata/2026-12.txt:25: error: expected 'key: value' with a key among [date, chapter, section, severity, change], not 'author' (entries are separated by one blank line)",
                "errata/2026-12.txt:31: error: change is 1001 characters; keep it under 1000 (what the text said and what is true now)"),
                format(problems));
        assertEquals(List.of(18), corrections.stream().map(Correction::line).toList(), "the one good entry is kept");
    }

    @Test
    void referencesMustNameAnExistingChapterSectionOrTerm() {
        Path project = FixtureProject.create(TestDirs.fresh("errata-check").resolve("project"));
        Problems problems = new Problems();
        SiteContent site = new ContentScanner(project, problems).scan();
        Glossary glossary = TermRegistry.load(project, problems);
        List<Correction> input = ErrataReader.parse(FILE, List.of(
                "date: 2026-12-01", "chapter: alpha/first", "section: details", "severity: wrong", "change: ok", "",
                "date: 2026-12-01", "chapter: alpha/first.adoc", "section: details", "severity: wrong", "change: x", "",
                "date: 2026-12-01", "chapter: alpha/first", "section: nowhere", "severity: wrong", "change: x", "",
                "date: 2026-12-01", "chapter: glossary", "section: no-such-term", "severity: wrong", "change: x", "",
                "date: 2026-12-01", "chapter: glossary", "section: star-schema", "severity: wrong", "change: ok", "",
                "date: 2027-01-01", "chapter: alpha/first", "section: details", "severity: wrong", "change: x"), problems);
        Problems found = new Problems();
        List<Correction> valid = ErrataCheck.check(input, site, glossary, new LinkTargets(project, glossary),
                Optional.of(LocalDate.of(2026, 12, 3)), found);
        assertEquals(List.of(
                "errata/2026-12.txt:7: error: no chapter 'alpha/first.adoc': write <part folder>/<file name without .adoc> (e.g. core/advanced-sql), or 'glossary'",
                "errata/2026-12.txt:13: error: content/alpha/first.adoc has no section with id 'nowhere'",
                "errata/2026-12.txt:19: error: the glossary has no term 'no-such-term' (give the term id, the file name under content/glossary/ without .adoc)",
                "errata/2026-12.txt:31: error: date 2027-01-01 is after the newest commit (2026-12-03)"), format(found));
        assertEquals(List.of(1, 25, 31), valid.stream().map(Correction::line).toList());
    }

    @Test
    void theFolderHoldsOnlyTextFiles() {
        Path project = TestDirs.fresh("errata-folder");
        FixtureProject.write(project.resolve("errata/2026-12.txt"), "date: 2026-12-01\nchapter: a/b\nsection: s\nseverity: wrong\nchange: x\n");
        FixtureProject.write(project.resolve("errata/notes.yml"), "x: !!javax.script.ScriptEngineManager []\n");
        Problems problems = new Problems();
        assertEquals(1, ErrataReader.read(project, problems).size());
        assertEquals(List.of("errata/notes.yml: error: the errata folder holds only plain .txt files (no folders, links or other files)"),
                format(problems));
    }
}
