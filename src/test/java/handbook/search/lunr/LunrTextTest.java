package handbook.search.lunr;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * lunr's text processing before the stemmer: JavaScript's lower-casing, the tokenizer's separators and positions,
 * the trimmer and the stop word list, each compared with JavaScript itself, exhaustively where it is cheap.
 */
class LunrTextTest {
    /** Pieces whose handling differs between JavaScript and Java, for generated strings. */
    private static final String[] PIECES = {"a", "B", "Σ", "Α", "ς", "ʰ", "\u0301", "\u00AD", ":", ".", "'", "1", " ",
            "-", "\u00A0", "\u2028", "\u0085", "\u001F", "\uFEFF", "İ", "I", "ß", "ẞ", "😀", "\uD83D", "\uDE00",
            "\uD801\uDD70", "Ᲊ", "\uA7CB", "Ǆ", "…", "—", "_", "\u0000", "\t", "é", "É"};

    @TempDir
    Path dir;

    @Test
    void tokenizesWithPositionsAndIndexes() {
        assertEquals(List.of(new LunrToken("well", 1, 4, 0), new LunrToken("known", 6, 5, 1),
                        new LunrToken("facts.", 13, 6, 2)),
                LunrTokenizer.tokenize(" Well-known\u00A0-FACTS. "));
        assertEquals(List.of(), LunrTokenizer.tokenize(null));
        assertEquals(List.of(), LunrTokenizer.tokenize(" - \u3000"));
        // İ lower-cases to two code units, and positions count in the lower-cased text
        assertEquals(List.of(new LunrToken("i\u0307i", 0, 3, 0), new LunrToken("x", 4, 1, 1)),
                LunrTokenizer.tokenize("İI x"));
    }

    @Test
    void trimsAsciiNonWordCharactersOnly() {
        assertEquals("caf", LunrTrimmer.trim("(café)"));
        assertEquals("naïve", LunrTrimmer.trim("«naïve»"));
        assertEquals("", LunrTrimmer.trim("—!?"));
        assertEquals("__init__", LunrTrimmer.trim("__init__"));
        assertEquals("o'reilly", LunrTrimmer.trim("'o'reilly's'".substring(1, 10)));
    }

    @Test
    void lowerCasesFinalSigmaByUnicodeRulesNotWordBoundaries() {
        assertEquals("α1σ", JsLowerCase.toLowerCase("Α1Σ"));
        assertEquals("α:ς", JsLowerCase.toLowerCase("Α:Σ"));
        assertEquals("οδος", JsLowerCase.toLowerCase("ΟΔΟΣ"));
        assertEquals("i\u0307stanbul", JsLowerCase.toLowerCase("İstanbul"));
    }

    @Test
    void stopWordsAreLunrsList() throws IOException {
        String source = LunrIndexIdentityTest.resource(NodeLunr.LUNR_RESOURCE);
        int start = source.indexOf("lunr.stopWordFilter = lunr.generateStopWordFilter([");
        String list = source.substring(source.indexOf('[', start) + 1, source.indexOf("])", start));
        Set<String> expected = new HashSet<>();
        for (String item : list.split(",")) {
            expected.add(item.strip().replace("'", ""));
        }
        assertEquals(expected, LunrStopWordFilter.STOP_WORDS);
        assertTrue(LunrStopWordFilter.isStopWord("the"));
        assertFalse(LunrStopWordFilter.isStopWord("The"));
    }

    @Test
    void lowerCasesEveryCodePointLikeJavaScript() {
        NodeLunr.assumeAvailable();
        Map<Integer, String> expected = new LinkedHashMap<>();
        new NodeLunr(dir).reference("lowerCaseAll", List.of())
                .forEach(pair -> expected.put(pair.get(0).intValue(), pair.get(1).textValue()));
        Map<Integer, String> actual = new LinkedHashMap<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String s = new String(Character.toChars(cp));
            String lower = JsLowerCase.toLowerCase(s);
            if (!lower.equals(s)) {
                actual.put(cp, lower);
            }
        }
        assertEquals(expected, actual);
    }

    @Test
    void judgesFinalSigmaContextWithJavaScriptsUnicodeVersion() {
        NodeLunr.assumeAvailable();
        NodeLunr node = new NodeLunr(dir);
        assertEquals(codePoints(node.reference("casedAll", List.of())), codePoints(UnicodeUpdates::isCased));
        assertEquals(codePoints(node.reference("caseIgnorableAll", List.of())),
                codePoints(UnicodeUpdates::isCaseIgnorable));
    }

    private static List<Integer> codePoints(JsonNode array) {
        List<Integer> codePoints = new ArrayList<>();
        array.forEach(cp -> codePoints.add(cp.intValue()));
        return codePoints;
    }

    private static List<Integer> codePoints(java.util.function.IntPredicate property) {
        List<Integer> codePoints = new ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (property.test(cp)) {
                codePoints.add(cp);
            }
        }
        return codePoints;
    }

    @Test
    void lowerCasesStringsInContextLikeJavaScript() {
        NodeLunr.assumeAvailable();
        List<String> texts = randomTexts(20_000, 12);
        JsonNode expected = new NodeLunr(dir).reference("lowerCase", texts);
        assertAll(texts, expected, text -> JsLowerCase.toLowerCase(text), JsonNode::textValue);
    }

    @Test
    void splitsAtTheCodeUnitsJavaScriptSplitsAt() {
        NodeLunr.assumeAvailable();
        List<Integer> expected = new ArrayList<>();
        new NodeLunr(dir).reference("separators", List.of()).forEach(unit -> expected.add(unit.intValue()));
        List<Integer> actual = new ArrayList<>();
        for (int c = 0; c <= 0xFFFF; c++) {
            if (LunrTokenizer.isSeparator((char) c)) {
                actual.add(c);
            }
        }
        assertEquals(expected, actual);
    }

    @Test
    void tokenizesLikeLunrJs() {
        NodeLunr.assumeAvailable();
        List<String> texts = randomTexts(20_000, 16);
        JsonNode expected = new NodeLunr(dir).reference("tokenize", texts);
        assertAll(texts, expected, text -> LunrTokenizer.tokenize(text).stream()
                .map(t -> Arrays.asList(t.text(), t.start(), t.length(), t.index())).toList().toString(),
                node -> {
                    List<List<Object>> tokens = new ArrayList<>();
                    node.forEach(t -> tokens.add(Arrays.asList(t.get(0).textValue(), t.get(1).intValue(),
                            t.get(2).intValue(), t.get(3).intValue())));
                    return tokens.toString();
                });
    }

    @Test
    void trimsLikeLunrJs() {
        NodeLunr.assumeAvailable();
        List<String> tokens = new ArrayList<>();
        for (int c = 0; c <= 0xFFFF; c++) {
            tokens.add(String.valueOf((char) c));
            tokens.add("x" + (char) c + "y" + (char) c);
        }
        tokens.addAll(randomTexts(10_000, 6));
        JsonNode expected = new NodeLunr(dir).reference("trim", tokens);
        assertAll(tokens, expected, LunrTrimmer::trim, JsonNode::textValue);
    }

    @Test
    void dropsTheWordsLunrJsDrops() throws IOException {
        NodeLunr.assumeAvailable();
        TreeSet<String> words = new TreeSet<>(LunrStopWordFilter.STOP_WORDS);
        words.addAll(List.of(LunrIndexIdentityTest.resource("lunr/stemmer-words.txt").split("\n")));
        words.addAll(List.of("constructor", "__proto__", "tostring", "hasownproperty", "", "The", "THE"));
        List<String> tokens = new ArrayList<>(words);
        JsonNode expected = new NodeLunr(dir).reference("stopWord", tokens);
        assertAll(tokens, expected, token -> LunrStopWordFilter.isStopWord(token), JsonNode::booleanValue);
    }

    private static <T> void assertAll(List<String> inputs, JsonNode expected,
                                      java.util.function.Function<String, T> java,
                                      java.util.function.Function<JsonNode, T> javaScript) {
        assertEquals(inputs.size(), expected.size());
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            T want = javaScript.apply(expected.get(i));
            T got = java.apply(inputs.get(i));
            if (!want.equals(got)) {
                mismatches.add(quoted(inputs.get(i)) + ": javascript " + want + ", java " + got);
            }
        }
        assertTrue(mismatches.isEmpty(), mismatches.size() + " of " + inputs.size() + " differ, e.g. "
                + mismatches.subList(0, Math.min(10, mismatches.size())));
    }

    private static String quoted(String s) {
        StringBuilder out = new StringBuilder();
        JsString.quote(out, s);
        return out.toString();
    }

    private static List<String> randomTexts(int count, int maxPieces) {
        Random random = new Random(count);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(maxPieces + 1);
            for (int p = 0; p < pieces; p++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            texts.add(text.toString());
        }
        return texts;
    }
}
