package handbook.search.lunr;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The port's contract: for the same input, {@link LunrIndexBuilder} produces byte for byte what lunr.js 2.3.9 prints
 * for {@code JSON.stringify(idx)} under Node. Fixtures in {@code src/test/resources/lunr/fixtures/} cover the edge
 * cases (Unicode, JavaScript whitespace, integer-like refs, empty and missing fields, boosts, metadata); a generated
 * corpus covers scale.
 */
class LunrIndexIdentityTest {
    @TempDir
    Path dir;
    private NodeLunr node;

    @BeforeEach
    void prepareOracle() {
        NodeLunr.assumeAvailable();
        node = new NodeLunr(dir);
    }

    /** The edge-case fixtures in {@code src/test/resources/lunr/fixtures/}. */
    static List<String> fixtures() {
        return List.of("unicode", "whitespace", "refs", "fields", "boosts", "metadata", "empty-corpus", "no-fields",
                "stop-words-only");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void fixtureIndexIsIdenticalToLunrJs(String fixture) throws IOException {
        assertIdentical(LunrInput.parse(resource("lunr/fixtures/" + fixture + ".json")));
    }

    @Test
    void generatedCorpusIsIdenticalToLunrJs() {
        assertIdentical(new LunrInput(LunrCorpus.settings(List.of()), LunrCorpus.generate(2_500, 1)));
    }

    @Test
    void generatedCorpusWithPositionsAndBoostsIsIdenticalToLunrJs() {
        List<LunrDocument> documents = LunrCorpus.generate(600, 2).stream()
                .map(d -> new LunrDocument(d.ref(), d.fields(), 1 + d.ref().length() % 3 * 0.25))
                .toList();
        assertIdentical(new LunrInput(LunrCorpus.settings(List.of("position")), documents));
    }

    /**
     * The preview's builds take each field's tokens from the analyses kept from the build before: after half the
     * documents change (and with positions, which the kept tokens must carry), the index is still lunr.js's.
     */
    @Test
    void indexFromKeptFieldAnalysesIsIdenticalToLunrJs() {
        LunrFieldAnalyses analyses = new LunrFieldAnalyses();
        LunrSettings settings = LunrCorpus.settings(List.of("position"));
        List<LunrDocument> first = LunrCorpus.generate(400, 4);
        assertIdentical(new LunrInput(settings, first), analyses);
        assertEquals(800, analyses.analysedInThisBuild(), "the first build analyses every title and body");

        List<LunrDocument> edited = new java.util.ArrayList<>(first.subList(0, 200));
        edited.addAll(LunrCorpus.generate(400, 5).subList(200, 400)); // new texts under new refs
        assertIdentical(new LunrInput(settings, edited), analyses);
        int analysed = analyses.analysedInThisBuild();
        assertTrue(analysed <= 400, "the unchanged documents' fields are kept: " + analysed + " analysed");

        assertIdentical(new LunrInput(settings, first.subList(0, 100)), analyses); // documents removed
        assertEquals(0, analyses.analysedInThisBuild(), "every field was kept");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void fixtureIndexFromKeptFieldAnalysesIsIdenticalToLunrJs(String fixture) throws IOException {
        LunrInput input = LunrInput.parse(resource("lunr/fixtures/" + fixture + ".json"));
        LunrFieldAnalyses analyses = new LunrFieldAnalyses();
        assertIdentical(input, analyses);
        assertIdentical(input, analyses); // every field from the first build's analyses
    }

    private void assertIdentical(LunrInput input, LunrFieldAnalyses analyses) {
        analyses.startBuild();
        LunrIndexBuilder builder = new LunrIndexBuilder(input.settings(), analyses);
        input.documents().forEach(builder::add);
        assertSameText(node.buildIndex(input), builder.build().toJson());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void fixtureIndexLoadedFromCompactFormIsIdenticalToLunrJs(String fixture) throws IOException {
        assertCompactFormLoadsIdentically(LunrInput.parse(resource("lunr/fixtures/" + fixture + ".json")));
    }

    @Test
    void generatedCorpusLoadedFromCompactFormIsIdenticalToLunrJs() {
        List<LunrDocument> documents = LunrCorpus.generate(2_000, 3).stream()
                .map(d -> new LunrDocument(d.ref(), d.fields(), 1 + d.ref().length() % 3 * 0.25))
                .toList();
        assertCompactFormLoadsIdentically(new LunrInput(LunrCorpus.settings(List.of()), documents));
    }

    private void assertIdentical(LunrInput input) {
        String expected = node.buildIndex(input);
        String actual = LunrIndexBuilder.build(input.settings(), input.documents());
        assertSameText(expected, actual);
    }

    /**
     * lunr.js given the compact form (through the site's decoder) builds what it builds from the documents. The
     * compact form holds no token metadata, so fixtures that whitelist some are compared without it.
     */
    private void assertCompactFormLoadsIdentically(LunrInput withMetadata) {
        LunrSettings s = withMetadata.settings();
        LunrInput input = new LunrInput(new LunrSettings(s.ref(), s.fields(), List.of()), withMetadata.documents());
        String expected = node.buildIndex(input);
        LunrIndexBuilder builder = new LunrIndexBuilder(input.settings());
        input.documents().forEach(builder::add);
        assertSameText(expected, node.loadCompact(builder.build().toCompactJson()));
    }

    /** Like assertEquals, but reports the first difference with context instead of megabytes of JSON. */
    static void assertSameText(String expected, String actual) {
        if (expected.equals(actual)) {
            return;
        }
        int at = 0;
        while (at < expected.length() && at < actual.length() && expected.charAt(at) == actual.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - 150);
        fail("first difference at char " + at + " (lengths " + expected.length() + " and " + actual.length()
                + ")\nlunr.js: …" + expected.substring(from, Math.min(expected.length(), at + 150))
                + "\njava:    …" + actual.substring(from, Math.min(actual.length(), at + 150)));
    }

    static String resource(String name) throws IOException {
        try (InputStream in = LunrIndexIdentityTest.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, "missing test resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
