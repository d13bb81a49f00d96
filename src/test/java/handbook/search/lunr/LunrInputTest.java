package handbook.search.lunr;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The documents file format: written and read back unchanged, and bad input refused with its place named. */
class LunrInputTest {
    @TempDir
    Path dir;

    @Test
    void writesAndReadsBackEveryDetail() throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "Lone \uD800 surrogate, emoji 😀, NBSP\u00A0and \"quotes\"");
        fields.put("body", null);
        LunrInput input = new LunrInput(
                new LunrSettings("id", List.of(new LunrField("title", 10), new LunrField("body", 0.5)),
                        List.of("position")),
                List.of(new LunrDocument("0", fields, 2.5), LunrDocument.of("1", Map.of())));
        Path file = dir.resolve("documents.json");
        input.write(file);
        assertEquals(input, LunrInput.read(file));
        String json = Files.readString(file);
        assertTrue(json.startsWith("{\"ref\":\"id\",\"fields\":[{\"name\":\"title\",\"boost\":10},"), json);
        assertTrue(json.chars().allMatch(c -> c < 128), "ASCII only");
    }

    @Test
    void readsBackTheFixturesAsWritten() throws IOException {
        for (String fixture : List.of("unicode", "whitespace", "refs", "fields", "boosts", "metadata")) {
            LunrInput input = LunrInput.parse(LunrIndexIdentityTest.resource("lunr/fixtures/" + fixture + ".json"));
            assertEquals(input, LunrInput.parse(input.toJson()), fixture);
        }
    }

    @Test
    void defaultsBoostsAndWhitelist() {
        LunrInput input = LunrInput.parse("{\"ref\":\"id\",\"fields\":[{\"name\":\"body\"}],"
                + "\"documents\":[{\"ref\":\"a\",\"fields\":{\"body\":\"x\"}}]}");
        assertEquals(new LunrSettings("id", List.of(LunrField.of("body")), List.of()), input.settings());
        assertEquals(List.of(LunrDocument.of("a", Map.of("body", "x"))), input.documents());
    }

    @Test
    void namesThePlaceOfBadInput() {
        assertError("{\"ref\":\"id\",", "not valid JSON");
        assertError("[]", "the top level must be an object");
        assertError("{\"ref\":\"id\",\"fields\":[],\"documents\":[],\"boots\":1}", "unknown key 'boots'");
        assertError("{\"fields\":[],\"documents\":[]}", "ref must be a string");
        assertError("{\"ref\":\"id\",\"fields\":[{\"name\":1}],\"documents\":[]}", "fields[0].name must be a string");
        assertError("{\"ref\":\"id\",\"fields\":[],\"documents\":[{\"ref\":\"a\",\"fields\":{}},{\"ref\":2,"
                + "\"fields\":{}}]}", "documents[1].ref must be a string");
        assertError("{\"ref\":\"id\",\"fields\":[],\"documents\":[{\"ref\":\"a\",\"fields\":{\"body\":3}}]}",
                "documents[0].fields.body must be a string or null");
        assertError("{\"ref\":\"id\",\"fields\":[],\"documents\":[{\"ref\":\"a\",\"fields\":{},\"boost\":\"2\"}]}",
                "documents[0].boost must be a number");
        assertError("{\"ref\":\"id\",\"ref\":\"x\",\"fields\":[],\"documents\":[]}", "Duplicate field 'ref'");
    }

    private static void assertError(String json, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LunrInput.parse(json));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
