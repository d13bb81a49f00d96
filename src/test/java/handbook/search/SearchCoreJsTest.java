package handbook.search;

import handbook.build.NodeScript;
import com.fasterxml.jackson.databind.JsonNode;
import handbook.build.TestDirs;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The browser's query building and snippets (assets/js/search-core.js), run under Node with the real lunr.js. */
class SearchCoreJsTest {
    @Test
    void queriesAreSafeStemmedPrefixedAndTypoTolerant() throws Exception {
        Path dir = TestDirs.fresh("search-core-js");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/resources/webjars/lunr/2.3.9/lunr.js")) {
            Files.write(dir.resolve("lunr.js"), in.readAllBytes());
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("search/search-core-test.js")) {
            Files.write(dir.resolve("test.js"), in.readAllBytes());
        }
        JsonNode r = NodeScript.run(60, dir.resolve("test.js").toString(), dir.resolve("lunr.js").toString(),
                Path.of("assets/js/search-core.js").toAbsolutePath().toString());
        r.fieldNames().forEachRemaining(k -> {
            if (k.startsWith("hostile ")) {
                assertTrue(r.get(k).isArray(), k + " -> " + r.get(k));
            }
        });
        assertEquals("[\"0\"]", r.get("stemmed").toString());
        assertEquals("[\"0\"]", r.get("prefix").toString());
        assertEquals("[\"0\"]", r.get("typo1").toString());
        assertEquals("[\"1\"]", r.get("typo2").toString());
        assertTrue(r.get("typoFuzzy").asBoolean());
        assertEquals("[\"consumer\",\"group\",\"rebalance\"]", r.get("words").toString());
        assertEquals("[\"kimball\",\"inmon\",\"kafka\"]", r.get("connectors").toString(), "vs, versus, v are not required");
        assertEquals("[\"vs\"]", r.get("onlyConnector").toString());
        assertTrue(r.get("snippet").asText().contains("rebalance"), r.get("snippet").asText());
        // Only the words lunr matched ("rebalance" stems to "rebal", "rebalanced" to "rebalanc"), without punctuation.
        assertEquals("A [rebalance] moves rebalanced partitions ([rebalance]), then", r.get("pieces").asText());
    }
}
