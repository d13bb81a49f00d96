package handbook.glossary;

import handbook.build.FixtureProject;
import handbook.build.Problem;
import handbook.build.Problems;
import handbook.build.TestDirs;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class TermRegistryTest {
    private static void term(Path dir, String id, String text) {
        FixtureProject.write(dir.resolve("content/glossary/" + id + ".adoc"), text);
    }

    @Test
    void readsTermsSortedWithAllTheirFields() {
        Path dir = TestDirs.fresh("terms-ok");
        term(dir, "watermark", "= Watermark\n:aliases: watermarks\n:short: How late data may arrive.\n:see-also: event-time\n:tags: big-data\n\nLonger text.\n");
        term(dir, "event-time", "= Event time\n:short: When it happened.\n:contrast-with: watermark\n:tags: big-data, core\n\nMore.\n");
        Problems problems = new Problems();
        Glossary g = TermRegistry.load(dir, problems);
        assertFalse(problems.hasErrors(), problems.all().toString());
        assertEquals(List.of("event-time", "watermark"), g.terms().stream().map(Term::id).toList());
        Term w = g.find("watermark").orElseThrow();
        assertEquals(List.of("watermarks"), w.aliases());
        assertEquals("Longer text.", w.body());
        assertEquals(List.of("big-data", "core"), g.find("event-time").orElseThrow().tags());
    }

    @Test
    void reportsEveryProblemWithFileAndLine() {
        Path dir = TestDirs.fresh("terms-bad");
        term(dir, "a-term", "= A term\n:aliases: shared name\n:short: ok\n:see-also: missing-id\n:tags: core\n\nBody.\n");
        term(dir, "b-term", "= Shared name\n:short: " + "y".repeat(201) + "\n:tags: nowhere\n\nBody.\n");
        term(dir, "c-term", "= C term\n:tags: core\n:colour: red\n\nBody.\n\n== Heading\n");
        term(dir, "d-term", "= D term\n:short: fine\n:contrast-with: nope\n:tags: core\n");
        Problems problems = new Problems();
        TermRegistry.load(dir, problems);
        List<String> got = problems.errors().stream().map(Problem::format).toList();
        assertEquals(List.of(
                "content/glossary/a-term.adoc:4: error: :see-also: names an unknown term id 'missing-id'",
                "content/glossary/b-term.adoc:1: error: name 'Shared name' is already a name or alias of content/glossary/a-term.adoc",
                "content/glossary/b-term.adoc:2: error: :short: is 201 characters; a tooltip holds at most 200",
                "content/glossary/b-term.adoc:3: error: unknown tag 'nowhere' (allowed: [big-data, cloud, core, interview, leadership])",
                "content/glossary/c-term.adoc:1: error: missing :short: definition (one line, at most 200 characters)",
                "content/glossary/c-term.adoc:3: error: unknown term attribute :colour: (allowed: [aliases, contrast-with, see-also, short, tags])",
                "content/glossary/c-term.adoc:7: error: a term's definition cannot contain headings",
                "content/glossary/d-term.adoc:1: error: missing longer definition: write it below the header",
                "content/glossary/d-term.adoc:3: error: :contrast-with: names an unknown term id 'nope'"), got);
    }
}
