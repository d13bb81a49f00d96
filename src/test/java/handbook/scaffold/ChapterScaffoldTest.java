package handbook.scaffold;

import handbook.lint.PlaceholderRule;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ChapterScaffoldTest {
    private static final String PROSE = "Log-based capture reads the database's write-ahead log, so the source pays almost "
            + "nothing extra and every committed change arrives once, in commit order, with its old and new values. ";

    @Test
    void writesTheChapterWithTheNextOrderAndEverySection() throws IOException {
        Path project = ScaffoldProject.create("scaffold-chapter-text");
        Path file = ChapterScaffold.create(project, "cloud", "Change Data Capture (CDC) & Débezium");
        assertEquals(project.resolve("content/cloud/change-data-capture-cdc-debezium.adoc"), file);
        List<String> lines = Files.readAllLines(file);
        assertEquals(List.of("= Change Data Capture (CDC) & Débezium", ":order: 45",
                ":summary: FILL-IN: one plain sentence, at most 300 characters, shown on the part page and in search."),
                lines.subList(0, 3));
        assertEquals(List.of("== Why it matters in the interview", "== FILL-IN: a core concept, named after the topic",
                        "== Worked example: FILL-IN: what the example shows", "== Senior signals", "== Interview questions",
                        "== Common pitfalls", "== Further reading"),
                lines.stream().filter(l -> l.startsWith("== ")).toList());
        assertEquals(6, lines.stream().filter(l -> l.equals("[.question%collapsible,level=senior,round=concepts]")).count());
        assertEquals(10, ChapterScaffold.nextOrder(project.resolve("content/core")));
    }

    @Test
    void unfilledTheLintListsEveryPlaceholderLeft() {
        Path project = ScaffoldProject.create("scaffold-chapter-unfilled");
        ChapterScaffold.create(project, "core", "Change Data Capture");
        String f = "content/core/change-data-capture.adoc";
        List<String> expected = new ArrayList<>(List.of(
                f + ":1: warning: the chapter has 207 words of prose; aim for at least 1,500 (2,000-3,000 is typical)",
                f + ":3: error: unfilled placeholder: replace 'FILL-IN: one plain sentence, at most 300 characters, shown on the part page and in search.' with your text",
                f + ":4: error: unfilled placeholder: replace 'FILL-IN the month you checked the facts, YYYY-MM' with your text",
                f + ":5: error: unfilled placeholder: replace 'FILL-IN the technologies and versions the facts are true for, e.g. Apache Kafka 4.2; Apache Spark 4.1' with your text",
                f + ":14: error: unfilled placeholder: replace 'FILL-IN: what the interviewer is probing, in two or three sentences.' with your text",
                f + ":16: error: unfilled placeholder: replace 'FILL-IN: a core concept, named after the topic' with your text",
                f + ":21: error: unfilled placeholder: replace 'FILL-IN: explain the concept.' with your text",
                f + ":23: error: unfilled placeholder: replace 'FILL-IN: what the example shows' with your text",
                f + ":27: error: unfilled placeholder: replace 'FILL-IN: set the scene, then give the example and its result.' with your text",
                f + ":32: error: unfilled placeholder: replace 'FILL-IN: what a senior answer adds.' with your text"));
        for (int q = 0; q < 6; q++) {
            int at = 40 + 6 * q;
            expected.add(f + ":" + at + ": error: unfilled placeholder: replace 'FILL-IN: the question, as the interviewer would ask it?' with your text");
            expected.add(f + ":" + (at + 2) + ": error: unfilled placeholder: replace 'FILL-IN: the model answer, said out loud: the direct answer, the reasoning, the trade-off, what you would monitor.' with your text");
        }
        expected.add(f + ":78: error: unfilled placeholder: replace 'FILL-IN: the common mistakes.' with your text");
        expected.add(f + ":83: error: unfilled placeholder: replace 'FILL-IN: books and documentation, with the chapters worth reading.' with your text");
        List<String> actual = ScaffoldProject.lint(project, f);
        assertEquals(expected.stream().sorted(java.util.Comparator.comparing(ChapterScaffoldTest::line)).toList(), actual);
    }

    @Test
    void filledInTheChapterPassesTheLint() throws IOException {
        Path project = ScaffoldProject.create("scaffold-chapter-filled");
        Path file = ChapterScaffold.create(project, "core", "Change Data Capture");
        List<String> filled = new ArrayList<>();
        int question = 0;
        for (String line : Files.readAllLines(file)) {
            if (!line.contains(PlaceholderRule.MARKER)) {
                filled.add(line);
            } else if (line.startsWith(":checked:")) {
                filled.add(":checked: 2026-12");
            } else if (line.startsWith(":versions:")) {
                filled.add(":versions: Debezium 3.3; PostgreSQL 18");
            } else if (line.startsWith(":summary:")) {
                filled.add(":summary: How log-based change data capture moves row changes from a database into the warehouse.");
            } else if (line.startsWith("== Worked example")) {
                filled.add("== Worked example: replaying a change log");
            } else if (line.startsWith("== ")) {
                filled.add("== Log-based capture");
            } else if (line.startsWith(".")) {
                filled.add(".Question " + (++question) + ": how would you capture changes without slowing the source?");
            } else {
                filled.add("Uses term:change-data-capture[]. " + PROSE.repeat(5).strip());
            }
        }
        Files.write(file, filled);
        assertEquals(List.of(), ScaffoldProject.lint(project, "content/core/change-data-capture.adoc"));
    }

    @Test
    void refusesUnknownPartsInvalidSlugsAndExistingChapters() {
        Path project = ScaffoldProject.create("scaffold-chapter-refusals");
        assertEquals("unknown part 'bigdata': use one of [cloud, core]",
                assertThrows(IllegalArgumentException.class, () -> ChapterScaffold.create(project, "bigdata", "Kafka")).getMessage());
        assertEquals("unknown part 'glossary': use one of [cloud, core]",
                assertThrows(IllegalArgumentException.class, () -> ChapterScaffold.create(project, "glossary", "Kafka")).getMessage());
        assertEquals("content/cloud/warehouses.adoc already exists (chapter slugs are unique across parts): choose another title or slug",
                assertThrows(IllegalArgumentException.class, () -> ChapterScaffold.create(project, "core", "Warehouses")).getMessage());
        assertEquals("invalid chapter slug 'Bad_Slug': it becomes the URL, so use lower-case letters, digits and single hyphens (e.g. change-data-capture)",
                assertThrows(IllegalArgumentException.class, () -> ChapterScaffold.create(project, "core", "Fine", "Bad_Slug")).getMessage());
        assertEquals("the title '???' has no letters or digits to make a file name from: give a slug as well",
                assertThrows(IllegalArgumentException.class, () -> ChapterScaffold.create(project, "core", "???")).getMessage());
        assertEquals("the title is empty",
                assertThrows(IllegalArgumentException.class, () -> ChapterScaffold.create(project, "core", "  ")).getMessage());
        assertEquals("the title must be one line",
                assertThrows(IllegalArgumentException.class, () -> ChapterScaffold.create(project, "core", "A\nB")).getMessage());
        Path file = ChapterScaffold.create(project, "core", "Streams");
        assertEquals("content/core/streams.adoc already exists (chapter slugs are unique across parts): choose another title or slug",
                assertThrows(IllegalArgumentException.class, () -> ChapterScaffold.create(project, "core", "Streams")).getMessage());
        assertEquals(project.resolve("content/core/streams.adoc"), file);
    }

    private static int line(String formatted) {
        String rest = formatted.substring(formatted.indexOf(".adoc:") + 6);
        return Integer.parseInt(rest.substring(0, rest.indexOf(':')));
    }
}
