package handbook.search.lunr;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After {@code mvn package}: the search index the build published for the real handbook is byte for byte what
 * lunr.js 2.3.9 builds from the documents the build says it indexed ({@code target/search-documents.json}).
 */
class SiteIndexIdentityIT {
    @Test
    void thePublishedIndexIsWhatLunrJsBuildsFromTheSameDocuments() throws IOException {
        NodeLunr.assumeAvailable();
        Path documents = Path.of("target/search-documents.json");
        Path published = Path.of("target/site/search-index.json");
        assertTrue(Files.isRegularFile(documents) && Files.isRegularFile(published), "run after mvn package");
        LunrInput input = LunrInput.read(documents);
        assertTrue(input.documents().size() > 500, "the whole handbook: " + input.documents().size() + " documents");
        String site = Files.readString(published, StandardCharsets.UTF_8);
        Path scratch = Files.createDirectories(Path.of("target/test-work/site-index-identity"));
        assertEquals(new NodeLunr(scratch).buildIndex(input), site, "lunr.js and the published index differ");
        assertEquals(LunrIndexBuilder.build(input.settings(), input.documents()), site);
    }
}
