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
        assertTrue(err.toString().contains("usage: LunrCli <documents.json> <index.json>"));

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
