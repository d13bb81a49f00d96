package handbook.examples;

import com.fasterxml.jackson.databind.JsonNode;
import handbook.build.Json;
import handbook.build.NodeScript;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The browser runner's pure logic ({@code assets/js/runner/runner-core.js}) under Node, against the Java the test
 * suite uses: every checked SQL listing of the handbook (and the splitter's own cases) splits into the same
 * statements as {@link SqlStatements}; tables print as {@link PsqlTableFormatter} prints them; errors as psql does.
 */
class RunnerCoreJsTest {

    @Test
    void splitsFormatsAndReportsLikeTheJavaSide() throws Exception {
        List<String> listings = new ArrayList<>();
        ChapterExamples.readAll(Path.of("content")).forEach(c -> c.examples("sql").forEach(e -> listings.add(e.code())));
        listings.addAll(List.of("SELECT 'a;b'; SELECT $$x;y$$; SELECT $tag$ ; $tag$", "SELECT E'it\\'s;'; -- c;\nSELECT 2",
                "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql; /* a; /* nested; */ */ SELECT \"a;b\"",
                "SELECT (1;2)", "-- only a comment;\n", "SELECT $1; SELECT a$b$c FROM t"));
        Path input = Files.createTempFile(Path.of("target"), "runner-core", ".json");
        try {
            Files.writeString(input, Json.write(Map.of("listings", listings)));
            JsonNode r = NodeScript.run(60, Path.of("src/test/resources/runner/runner-core-test.mjs").toAbsolutePath().toString(),
                    Path.of("assets/js/runner/runner-core.js").toAbsolutePath().toString(), input.toString());
            for (int i = 0; i < listings.size(); i++) {
                List<String> js = new ArrayList<>();
                r.get("splits").get(i).forEach(s -> js.add(s.asText()));
                assertEquals(SqlStatements.split(listings.get(i)), js, "listing " + i + ":\n" + listings.get(i));
            }
            PsqlTable table = new PsqlTable(List.of("customer_id", "name", "total"),
                    List.of(List.of("10", "Ann", "65.00"), List.of("1", "", "5.5"), List.of("123", "Zoë", "")));
            assertEquals(table.format(List.of(PsqlTable.Alignment.RIGHT, PsqlTable.Alignment.LEFT, PsqlTable.Alignment.RIGHT)),
                    r.get("table").asText());
            assertEquals(new PsqlTable(List.of("note"), List.of(List.of("a\nb"))).format(), r.get("multiline").asText());
            assertEquals(" n\n---\n(0 rows)", r.get("empty").asText());
            assertEquals("ERROR:  syntax error at or near \"FRM\"\nLINE 3:  WHERE x FRM\n" + " ".repeat(17) + "^",
                    r.get("syntaxError").asText(), "the line of the position, the caret under it");
            assertEquals("ERROR:  column \"nme\" does not exist\nLINE 1: SELECT nme FROM t\n               ^\n"
                    + "HINT:  Perhaps you meant to reference the column \"t.name\".", r.get("hinted").asText());
            assertEquals(List.of("3 rows", "1 row", "INSERT 0 1 (1 error)", "Error", "No statements"),
                    Json.mapper().convertValue(r.get("summaries"), List.class));
        } finally {
            Files.deleteIfExists(input);
        }
    }
}
