package handbook.search.lunr;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link LunrIndexBuilder} on small inline inputs, without Node; {@link LunrIndexIdentityTest} does the rest. */
class LunrIndexBuilderTest {
    private static final LunrSettings SETTINGS =
            new LunrSettings("id", List.of(new LunrField("title", 10), LunrField.of("body")), List.of());

    @Test
    void buildsWhatLunrJsPrints() {
        // printed by lunr.js 2.3.9 for the same input: "2" sorts before "b", stop words are gone, terms are stemmed
        String golden = "{\"version\":\"2.3.9\",\"fields\":[\"title\",\"body\"],\"fieldVectors\":["
                + "[\"title/b\",[0,1.986,1,1.454]],[\"body/b\",[0,0.182,1,0.134,2,0.693,3,0.693]],"
                + "[\"title/2\",[1,1.234,4,1.685,5,1.685]],[\"body/2\",[4,0.182,5,0.182,6,0.693,7,0.693]]],"
                + "\"invertedIndex\":[[\"both\",{\"_index\":6,\"title\":{},\"body\":{\"2\":{}}}],"
                + "[\"build\",{\"_index\":2,\"title\":{},\"body\":{\"b\":{}}}],"
                + "[\"hash\",{\"_index\":0,\"title\":{\"b\":{}},\"body\":{\"b\":{}}}],"
                + "[\"join\",{\"_index\":1,\"title\":{\"2\":{},\"b\":{}},\"body\":{\"b\":{}}}],"
                + "[\"merg\",{\"_index\":5,\"title\":{\"2\":{}},\"body\":{\"2\":{}}}],"
                + "[\"side\",{\"_index\":7,\"title\":{},\"body\":{\"2\":{}}}],"
                + "[\"sort\",{\"_index\":4,\"title\":{\"2\":{}},\"body\":{\"2\":{}}}],"
                + "[\"tabl\",{\"_index\":3,\"title\":{},\"body\":{\"b\":{}}}]],\"pipeline\":[\"stemmer\"]}";
        String json = LunrIndexBuilder.build(SETTINGS, List.of(
                LunrDocument.of("b", Map.of("title", "Hash joins", "body", "The hash join builds a table.")),
                LunrDocument.of("2", Map.of("title", "Sort-merge joins", "body", "Both sides are sorted, then merged."))));
        assertEquals(golden, json);
    }

    @Test
    void doesNotIndexStopWords() {
        String json = LunrIndexBuilder.build(SETTINGS,
                List.of(LunrDocument.of("1", Map.of("body", "The cat and the hat"))));
        assertFalse(json.contains("\"the\""));
        assertFalse(json.contains("\"and\""));
        assertTrue(json.contains("[\"cat\","));
    }

    @Test
    void indexesTheRefInAFieldNamedLikeIt() {
        LunrSettings settings = new LunrSettings("slug", List.of(LunrField.of("slug")), List.of());
        String json = LunrIndexBuilder.build(settings, List.of(LunrDocument.of("window-functions", Map.of())));
        assertTrue(json.contains("[\"window\",{\"_index\":0,\"slug\":{\"window-functions\":{}}}]"), json);
    }

    @Test
    void refusesInputLunrWouldIndexWrongly() {
        LunrIndexBuilder builder = new LunrIndexBuilder(SETTINGS);
        builder.add(LunrDocument.of("a", Map.of("body", "x")));
        assertThrows(IllegalArgumentException.class, () -> builder.add(LunrDocument.of("a", Map.of())),
                "duplicate ref");
        assertThrows(IllegalArgumentException.class, () -> builder.add(LunrDocument.of("c", Map.of("id", "c"))),
                "field named like the ref");
        builder.build();
        assertThrows(IllegalStateException.class, () -> builder.add(LunrDocument.of("d", Map.of())));
        assertThrows(IllegalStateException.class, builder::build);
    }

    @Test
    void refusesFieldNamesLunrCannotIndex() {
        for (String name : List.of("a/b", "_index", "constructor", "toString", "__proto__")) {
            assertThrows(IllegalArgumentException.class, () -> LunrField.of(name), name);
        }
        assertThrows(IllegalArgumentException.class,
                () -> new LunrSettings("id", List.of(LunrField.of("body"), LunrField.of("body")), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new LunrField("body", Double.NaN));
    }

    @Test
    void readsZeroBoostsAsOneLikeLunr() {
        List<LunrDocument> documents = List.of(LunrDocument.of("1", Map.of("body", "alpha beta")),
                LunrDocument.of("2", Map.of("body", "beta")));
        String plain = LunrIndexBuilder.build(SETTINGS, documents);
        String zero = LunrIndexBuilder.build(
                new LunrSettings("id", List.of(new LunrField("title", 10), new LunrField("body", 0)), List.of()),
                documents.stream().map(d -> new LunrDocument(d.ref(), d.fields(), 0)).toList());
        assertEquals(plain, zero);
    }
}
