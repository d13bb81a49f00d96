package handbook.search;

import handbook.build.NodeScript;
import com.fasterxml.jackson.databind.JsonNode;
import handbook.build.TestDirs;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After {@code mvn package}: the queries readers type find the sections that answer them. Each case in
 * {@code src/test/resources/search/relevance.json} names a query and the section that must rank within the first
 * few results, searched exactly as the site searches (the published compact index, lunr.js, search-core.js) under
 * Node. The ranks and the mean reciprocal rank go to {@code target/browser-reports/search-relevance.txt}, so a
 * change to boosts, fields or content shows what it did to ranking.
 */
class SearchRelevanceIT {
    @Test
    void readersQueriesFindTheSectionsThatAnswerThem() throws Exception {
        Path site = Path.of("target/site");
        assertTrue(Files.isRegularFile(site.resolve("search-index.json")), "run after mvn package");
        Path dir = TestDirs.fresh("search-relevance");
        copy("META-INF/resources/webjars/lunr/2.3.9/lunr.js", dir.resolve("lunr.js"));
        copy("search/relevance.js", dir.resolve("relevance.js"));
        copy("search/relevance.json", dir.resolve("relevance.json"));
        JsonNode results = NodeScript.run(120, dir.resolve("relevance.js").toString(), dir.resolve("lunr.js").toString(),
                Path.of("assets/js/lunr-compact.js").toAbsolutePath().toString(),
                Path.of("assets/js/search-core.js").toAbsolutePath().toString(),
                site.toAbsolutePath().toString(), dir.resolve("relevance.json").toString());
        StringBuilder report = new StringBuilder("Search relevance: rank of the section that answers each query\n\n");
        List<String> misses = new ArrayList<>();
        double reciprocal = 0;
        for (JsonNode r : results) {
            int rank = r.get("rank").asInt();
            int within = r.get("within").asInt();
            reciprocal += rank > 0 ? 1.0 / rank : 0;
            report.append(String.format(Locale.ROOT, "%-32s %-4s (within %d)  %s%n", r.get("query").asText(),
                    rank > 0 ? "#" + rank : "none", within, r.get("expect").asText()));
            if (rank < 1 || rank > within) {
                misses.add(r.get("query").asText() + " → " + r.get("expect").asText() + " ranked "
                        + (rank > 0 ? "#" + rank : "nowhere") + "; top: " + r.get("top"));
            }
        }
        report.append(String.format(Locale.ROOT, "%n%d queries, %d within their rank, mean reciprocal rank %.3f%n",
                results.size(), results.size() - misses.size(), reciprocal / results.size()));
        Path file = Path.of("target/browser-reports/search-relevance.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.print(report);
        assertTrue(results.size() >= 30, "cases: " + results.size());
        assertEquals(List.of(), misses, "queries whose answer ranks too low");
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = SearchRelevanceIT.class.getClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, "missing resource " + resource);
            Files.write(target, in.readAllBytes());
        }
    }
}
