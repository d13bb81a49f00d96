package handbook.search.lunr;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link LunrStemmer} against lunr.js's own {@code lunr.stemmer}, word for word. */
class LunrStemmerTest {
    /** Every fragment the stemmer's expressions look for, and code units JavaScript and Java read differently. */
    private static final String[] FRAGMENTS = {"a", "e", "i", "o", "u", "y", "Y", "s", "l", "z", "w", "x", "t", "b",
            "c", "d", "g", "n", "p", "r", "ational", "tional", "enci", "anci", "izer", "bli", "alli", "entli", "eli",
            "ousli", "ization", "ation", "ator", "alism", "iveness", "fulness", "ousness", "aliti", "iviti", "biliti",
            "logi", "icate", "ative", "alize", "iciti", "ical", "ful", "ness", "al", "ance", "ence", "er", "ic",
            "able", "ible", "ant", "ement", "ment", "ent", "ou", "ism", "ate", "iti", "ous", "ive", "ize", "sion",
            "tion", "ll", "ss", "sses", "ies", "eed", "ed", "ing", "at", "bl", "iz", "\uD83D", "\uDE00",
            "\uD83D\uDE00", "\uD801\uDC00", "\n", "\r", "\u2028", "\u0085", "é", "ß", "İ", "\u0000"};

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"key,key", "array,array", "try,tri", "generalizations,gener", "oscillators,oscil", "sky,ski",
            "yelling,yell", "hopping,hop", "agreed,agre", "caresses,caress", "ponies,poni", "relational,relat",
            "feed,feed", "yes,ye", "by,by", "running,run", "partitions,partit", "warehouse,warehous"})
    void stemsLikeLunr(String word, String stem) {
        assertEquals(stem, LunrStemmer.stem(word));
    }

    @Test
    void stemsEveryWordOfTheHandbookLikeLunrJs() throws IOException {
        NodeLunr.assumeAvailable();
        TreeSet<String> words = new TreeSet<>(List.of(
                LunrIndexIdentityTest.resource("lunr/stemmer-words.txt").split("\n")));
        words.addAll(contentWords(Path.of("content")));
        assertStemsLikeLunrJs(new ArrayList<>(words));
    }

    @Test
    void stemsGeneratedTrickyStringsLikeLunrJs() {
        NodeLunr.assumeAvailable();
        Random random = new Random(7);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            StringBuilder word = new StringBuilder();
            int parts = i % 1000 == 0 ? 2000 : 1 + random.nextInt(5);
            for (int p = 0; p < parts; p++) {
                word.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
            words.add(word.toString());
        }
        assertStemsLikeLunrJs(words);
    }

    @Test
    @Timeout(5)
    void stemsVeryLongWordsInLinearTime() {
        // step 2 turns "ational" into "ate", step 4 drops it: "ababab…"
        assertTrue(("ab".repeat(100_000)).equals(LunrStemmer.stem("ab".repeat(100_000) + "ational")));
        // step 1a drops the s, step 1c turns the last y into i
        assertTrue(("y".repeat(99_999) + "i").equals(LunrStemmer.stem("y".repeat(100_000) + "s")));
    }

    private void assertStemsLikeLunrJs(List<String> words) {
        JsonNode expected = new NodeLunr(dir).reference("stem", words);
        assertEquals(words.size(), expected.size());
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String actual = LunrStemmer.stem(words.get(i));
            if (!expected.get(i).textValue().equals(actual)) {
                mismatches.add(words.get(i) + " → lunr.js " + expected.get(i).textValue() + ", java " + actual);
            }
        }
        assertTrue(mismatches.isEmpty(), mismatches.size() + " of " + words.size() + " words stem differently: "
                + mismatches.subList(0, Math.min(20, mismatches.size())));
    }

    /** The trimmed tokens of the live handbook's AsciiDoc, when the tests run in the project folder. */
    private static List<String> contentWords(Path content) throws IOException {
        if (!Files.isDirectory(content)) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".adoc")).toList()) {
                for (LunrToken token : LunrTokenizer.tokenize(Files.readString(file, StandardCharsets.UTF_8))) {
                    String word = LunrTrimmer.trim(token.text());
                    if (!word.isEmpty()) {
                        words.add(word);
                    }
                }
            }
        }
        return words;
    }
}
