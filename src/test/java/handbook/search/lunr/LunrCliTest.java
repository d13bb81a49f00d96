package handbook.search.lunr;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link LunrCli}: the index it writes, and its messages and exit codes for bad input. */
class LunrCliTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void writesTheIndexOfADocumentsFile() throws IOException {
        LunrInput input = new LunrInput(LunrCorpus.settings(List.of()), LunrCorpus.generate(20, 3));
        Path documents = dir.resolve("documents.json");
        input.write(documents);
        Path index = dir.resolve("out/index.json");
        assertEquals(0, run(documents.toString(), index.toString()));
        assertEquals(LunrIndexBuilder.build(input.settings(), input.documents()),
                Files.readString(index, StandardCharsets.UTF_8));
        assertTrue(out.toString().startsWith("Indexed 20 documents ("), out.toString());
    }

    @Test
    void explainsWhatIsWrong() throws IOException {
        assertEquals(2, run("only-one-argument"));
        assertTrue(err.toString().contains("expected <documents.json> <index.json>, got 1 file(s)"), err.toString());
        assertTrue(err.toString().contains("usage: LunrCli [--ref NAME]"), err.toString());

        assertFailure("no such file", dir.resolve("missing.json"));
        assertFailure("not valid JSON", write("broken.json", "{\"ref\":"));
        assertFailure("documents[0].ref must be a string",
                write("bad.json", "{\"ref\":\"id\",\"fields\":[],\"documents\":[{\"fields\":{}}]}"));
        LunrInput duplicates = new LunrInput(LunrCorpus.settings(List.of()),
                List.of(LunrDocument.of("a", Map.of()), LunrDocument.of("a", Map.of())));
        Path duplicatesFile = dir.resolve("duplicates.json");
        duplicates.write(duplicatesFile);
        assertFailure("duplicate document ref 'a'", duplicatesFile);
    }

    @Test
    void indexesAnArrayOfDocumentsAsLunrsAddTakesThem() throws IOException {
        Path documents = write("docs.json", """
                [{"url": "a.html", "title": "Hash joins", "body": "Build a hash table, then probe it.", "views": 3},
                 {"url": "b.html", "title": "Sort-merge joins", "body": null},
                 {"url": "c.html", "body": "No title here."}]
                """);
        Path index = dir.resolve("index.json");
        Path compact = dir.resolve("compact.json");
        assertEquals(0, run("--ref", "url", "--field", "title^10", "--field", "body", "--compact", compact.toString(),
                documents.toString(), index.toString()), err.toString());
        LunrSettings settings = new LunrSettings("url", List.of(new LunrField("title", 10), LunrField.of("body")), List.of());
        Map<String, String> b = new java.util.HashMap<>();
        b.put("title", "Sort-merge joins");
        b.put("body", null);
        List<LunrDocument> same = List.of(
                LunrDocument.of("a.html", Map.of("title", "Hash joins", "body", "Build a hash table, then probe it.")),
                LunrDocument.of("b.html", b),
                LunrDocument.of("c.html", Map.of("body", "No title here.")));
        LunrIndexBuilder builder = new LunrIndexBuilder(settings);
        same.forEach(builder::add);
        LunrIndex expected = builder.build();
        assertEquals(expected.toJson(), Files.readString(index, StandardCharsets.UTF_8));
        assertEquals(expected.toCompactJson(), Files.readString(compact, StandardCharsets.UTF_8));
        assertTrue(out.toString().contains("; compact form "), out.toString());
    }

    @Test
    void refusesWrongOptions() throws IOException {
        Path array = write("array.json", "[{\"id\": \"a\", \"body\": \"text\"}]");
        Path index = dir.resolve("index.json");
        assertEquals(2, run("--field", "title^ten", array.toString(), index.toString()));
        assertTrue(err.toString().contains("the boost after ^ must be a number"), err.toString());
        assertEquals(2, run("--bogus", array.toString(), index.toString()));
        assertTrue(err.toString().contains("unknown option --bogus"), err.toString());
        assertEquals(2, run("--field"));
        assertTrue(err.toString().contains("--field needs a value"), err.toString());

        assertFailure("an array of documents needs at least one --field", array);
        err.reset();
        assertEquals(1, run("--field", "body", write("numbers.json", "[{\"id\": \"a\", \"body\": 42}]").toString(),
                index.toString()));
        assertTrue(err.toString().contains("[0].body must be a string or null"), err.toString());
        err.reset();
        assertEquals(1, run("--field", "body", write("noref.json", "[{\"body\": \"x\"}]").toString(), index.toString()));
        assertTrue(err.toString().contains("[0].id must be a string"), err.toString());
        LunrInput input = new LunrInput(LunrCorpus.settings(List.of()), LunrCorpus.generate(2, 3));
        Path withSettings = dir.resolve("input.json");
        input.write(withSettings);
        err.reset();
        assertEquals(1, run("--field", "body", withSettings.toString(), index.toString()));
        assertTrue(err.toString().contains("leave out --ref and --field"), err.toString());
        assertFalse(Files.exists(index), "no index written");
    }

    @Test
    void theCompactFormNeedsAnIndexWithoutTokenMetadata() throws IOException {
        LunrInput input = new LunrInput(LunrCorpus.settings(List.of("position")), LunrCorpus.generate(3, 3));
        Path documents = dir.resolve("positions.json");
        input.write(documents);
        assertEquals(1, run("--compact", dir.resolve("c.json").toString(), documents.toString(),
                dir.resolve("i.json").toString()));
        assertTrue(err.toString().contains("cannot hold token metadata"), err.toString());
    }

    private void assertFailure(String message, Path input) {
        err.reset();
        Path index = dir.resolve("index.json");
        assertEquals(1, run(input.toString(), index.toString()));
        assertTrue(err.toString().contains(message), err.toString());
        assertFalse(Files.exists(index), "no index written");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private int run(String... args) {
        return LunrCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
