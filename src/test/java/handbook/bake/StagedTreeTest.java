package handbook.bake;

import handbook.build.FixtureProject;
import handbook.build.TestDirs;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview's staging, told the changed paths, stages exactly what {@link Staging#sync}'s full look stages, and
 * reports the same changed files: after edits, additions, deletions, a new folder, files that are not staged, and
 * a change noted by a build that failed before staging.
 */
class StagedTreeTest {
    private final StagedTree tree = new StagedTree();
    private Path project;
    private Path told;
    private Path full;

    @Test
    void stagesWhatTheFullLookStagesReadingOnlyTheChangedFiles() throws IOException {
        Path root = TestDirs.fresh("staged-tree");
        project = FixtureProject.create(root.resolve("project"));
        told = root.resolve("stage-told");
        full = root.resolve("stage-full");
        Map<String, String> generated = Map.of("data/navigation.yml", "{\"a\":1}");

        assertSame(generated, null, "the first sync");
        assertTrue(tree.lastSyncWasFull(), "the first sync looks at everything");

        Path chapter = project.resolve("content/alpha/first.adoc");
        Files.writeString(chapter, Files.readString(chapter) + "\nAnother paragraph.\n");
        assertEquals(Set.of("content/alpha/first.adoc"), assertSame(generated, Set.of(chapter), "an edit"));
        assertFalse(tree.lastSyncWasFull(), "an edit is read alone");

        generated = Map.of("data/navigation.yml", "{\"a\":2}");
        assertEquals(Set.of("data/navigation.yml"), assertSame(generated, Set.of(), "a generated file"));

        Path added = project.resolve("content/alpha/added.adoc");
        FixtureProject.write(added, "= Added\n\nText.\n");
        Path ignoredTerm = project.resolve("content/glossary/star-schema.adoc");
        Files.writeString(ignoredTerm, Files.readString(ignoredTerm) + "\n");
        Path errata = project.resolve("errata");
        Path refused = project.resolve("content/alpha/notes.exe");
        Files.writeString(refused, "not content");
        assertEquals(Set.of("content/alpha/added.adoc"), assertSame(generated,
                Set.of(added, ignoredTerm, errata, refused), "an added file, a term, errata and a refused file"));
        assertFalse(tree.lastSyncWasFull());

        Files.delete(added);
        assertEquals(Set.of("content/alpha/added.adoc"), assertSame(generated, Set.of(added), "a deleted file"));

        // a build that fails before staging: its change is kept for the next sync
        Path template = project.resolve("templates/chapter.ftl");
        Files.writeString(template, Files.readString(template) + "\n<#-- edited -->\n");
        tree.changed(Set.of(template));
        Path second = project.resolve("content/alpha/second.adoc");
        Files.writeString(second, Files.readString(second) + "\nMore.\n");
        assertEquals(Set.of("templates/chapter.ftl", "content/alpha/second.adoc"),
                assertSame(generated, Set.of(second), "a change noted by a failed build, then another"));

        Path folder = project.resolve("content/gamma");
        FixtureProject.write(folder.resolve("new.adoc"), "= New\n\nText.\n");
        assertEquals(Set.of("content/gamma/new.adoc"), assertSame(generated, Set.of(folder), "a new folder"));
        assertTrue(tree.lastSyncWasFull(), "a folder event looks at everything");

        assertEquals(Set.of(), assertSame(generated, Set.of(), "nothing changed"));
        assertFalse(tree.lastSyncWasFull());
    }

    /** Syncs both ways and compares the trees and the changed files; returns the changed files. */
    private Set<String> assertSame(Map<String, String> generated, Set<Path> changed, String what) throws IOException {
        tree.changed(changed);
        Staging.Synced byTree = tree.sync(project, told, generated);
        Staging.Synced byLook = Staging.sync(project, full, generated);
        assertEquals(byLook.changed(), byTree.changed(), what + ": the changed files");
        Map<String, byte[]> expected = files(full);
        Map<String, byte[]> actual = files(told);
        assertEquals(expected.keySet(), actual.keySet(), what + ": the staged files");
        expected.forEach((k, v) -> assertArrayEquals(v, actual.get(k), what + ": " + k));
        return byTree.changed();
    }

    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        return files;
    }
}
