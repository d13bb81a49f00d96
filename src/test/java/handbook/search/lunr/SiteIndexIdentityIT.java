package handbook.search.lunr;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After {@code mvn package}, for the real handbook: lunr.js 2.3.9 building from the documents the build says it
 * indexed ({@code target/search-documents.json}) gives byte for byte the index the build wrote
 * ({@code target/search-index.lunr.json}), and lunr.js given the compact form the site publishes
 * ({@code target/site/search-index.json}, loaded by the site's own decoder) gives the same bytes again.
 */
class SiteIndexIdentityIT {
    @Test
    void thePublishedIndexIsWhatLunrJsBuildsFromTheSameDocuments() throws IOException {
        NodeLunr.assumeAvailable();
        Path documents = Path.of("target/search-documents.json");
        Path lunrJson = Path.of("target/search-index.lunr.json");
        // The files beside the site come from the last build, which is the one the browser tests serve.
        Path published = Path.of(System.getProperty("handbook.it.site", "target/site"), "search-index.json");
        assertTrue(Files.isRegularFile(documents) && Files.isRegularFile(lunrJson) && Files.isRegularFile(published),
                "run after mvn package");
        LunrInput input = LunrInput.read(documents);
        assertTrue(input.documents().size() > 500, "the whole handbook: " + input.documents().size() + " documents");
        String built = Files.readString(lunrJson, StandardCharsets.UTF_8);
        NodeLunr node = new NodeLunr(Files.createDirectories(Path.of("target/test-work/site-index-identity")));
        assertEquals(node.buildIndex(input), built, "lunr.js and the build's index differ");
        assertEquals(LunrIndexBuilder.build(input.settings(), input.documents()), built);
        String compact = Files.readString(published, StandardCharsets.UTF_8);
        assertTrue(compact.startsWith("{\"format\":\"lunr-compact/1\","), "the site publishes the compact form");
        assertEquals(built, node.loadCompact(compact), "lunr.js loading the published compact form differs");
    }
}
