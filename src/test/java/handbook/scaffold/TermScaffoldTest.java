package handbook.scaffold;

import handbook.lint.PlaceholderRule;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TermScaffoldTest {

    @Test
    void writesTheTermAndTheLintListsItsPlaceholders() throws IOException {
        Path project = ScaffoldProject.create("scaffold-term");
        Path file = TermScaffold.create(project, "write-ahead-log", "Write-ahead log");
        assertEquals(project.resolve("content/glossary/write-ahead-log.adoc"), file);
        assertEquals(List.of("= Write-ahead log", ":aliases:",
                        ":short: FILL-IN: a one-line definition, at most 200 characters (it is the tooltip).",
                        ":see-also:", ":contrast-with:", ":tags:", ""),
                Files.readAllLines(file).subList(0, 7));
        String f = "content/glossary/write-ahead-log.adoc";
        assertEquals(List.of(
                        f + ":3: error: unfilled placeholder: replace 'FILL-IN: a one-line definition, at most 200 characters (it is the tooltip).' with your text",
                        f + ":11: error: unfilled placeholder: replace 'FILL-IN: the longer definition, one to three paragraphs; it may reference other terms with the term macro.' with your text"),
                ScaffoldProject.lint(project, f));

        List<String> filled = Files.readAllLines(file).stream().map(l -> !l.contains(PlaceholderRule.MARKER) ? l
                : l.startsWith(":short:") ? ":short: An append-only log of changes written before the data files, used for recovery and replication."
                : "Every change is appended to the log and flushed before it is applied; term:change-data-capture[] reads it.").toList();
        Files.write(file, filled);
        assertEquals(List.of(), ScaffoldProject.lint(project, f));
    }

    @Test
    void refusesInvalidIdsExistingFilesAndTakenNames() {
        Path project = ScaffoldProject.create("scaffold-term-refusals");
        assertEquals("invalid term id 'Write_Ahead': use the lower-case kebab-case of the full singular name, e.g. change-data-capture (abbreviations go in :aliases:)",
                assertThrows(IllegalArgumentException.class, () -> TermScaffold.create(project, "Write_Ahead", "Write-ahead log")).getMessage());
        assertEquals("content/glossary/change-data-capture.adoc already exists: it is not overwritten",
                assertThrows(IllegalArgumentException.class, () -> TermScaffold.create(project, "change-data-capture", "Capture")).getMessage());
        assertEquals("'cdc' is already the name or an alias of content/glossary/change-data-capture.adoc",
                assertThrows(IllegalArgumentException.class, () -> TermScaffold.create(project, "cdc", "cdc")).getMessage());
        assertEquals("the name is empty",
                assertThrows(IllegalArgumentException.class, () -> TermScaffold.create(project, "wal", "")).getMessage());
    }
}
