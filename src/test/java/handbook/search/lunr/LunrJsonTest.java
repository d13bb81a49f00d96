package handbook.search.lunr;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JavaScript details of the index JSON: number formatting, string escaping and key order. */
class LunrJsonTest {
    @TempDir
    Path dir;

    @Test
    void formatsNumbersAsJavaScriptDoes() {
        assertEquals("0", JsNumber.format(-0.0));
        assertEquals("1.5", JsNumber.format(1.5));
        assertEquals("0.005", JsNumber.format(0.005));
        assertEquals("-2.25", JsNumber.format(-2.25));
        assertEquals("100", JsNumber.format(100));
        assertEquals("1e-7", JsNumber.format(1e-7));
        assertEquals("1e+21", JsNumber.format(1e21));
        assertEquals("123456789012345680000", JsNumber.format(123456789012345678901.0));
        assertEquals("0.30000000000000004", JsNumber.format(0.1 + 0.2));
        assertEquals("5e-324", JsNumber.format(Double.MIN_VALUE));
    }

    @Test
    void roundsAsMathRoundDoes() {
        assertEquals(0.0, JsNumber.round(0.49999999999999994));
        assertEquals(3.0, JsNumber.round(2.5));
        assertEquals(-2.0, JsNumber.round(-2.5));
        assertEquals(0.0, JsNumber.round(-0.5), 0.0);
        assertEquals(4503599627370497.0, JsNumber.round(4503599627370497.0));
    }

    @Test
    void ordersKeysAsJavaScriptDoes() {
        assertEquals(List.of("0", "7", "10", "4294967294", "b", "007", "4294967295", "1a", "-1"),
                JsObjectKeys.order(List.of("b", "10", "007", "7", "4294967295", "1a", "0", "4294967294", "-1")));
    }

    @Test
    void formatsNumbersLikeNode() {
        NodeLunr.assumeAvailable();
        Random random = new Random(11);
        List<Double> values = new ArrayList<>(List.of(0.1, 0.2, 0.1 + 0.2, 1e21, 1e-6, 1e-7, 9.999999999999999e20,
                Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL, 4294967295.0, 9007199254740993.0, 1.0 / 3));
        for (int milli = -3000; milli <= 30_000; milli++) {
            values.add(milli / 1000.0);
        }
        for (int i = 0; i < 10_000; i++) {
            values.add(Double.longBitsToDouble(random.nextLong()));
            values.add(JsNumber.round(random.nextDouble() * Math.pow(10, random.nextInt(40) - 10)) / 1000);
            values.add(Math.pow(2, random.nextInt(200) - 100) * (random.nextBoolean() ? 1 : -1));
            values.add(Math.pow(10, random.nextInt(60) - 30));
        }
        values.removeIf(v -> !Double.isFinite(v));
        List<String> bits = values.stream()
                .map(v -> HexFormat.of().toHexDigits(Double.doubleToRawLongBits(v))).toList();
        JsonNode expected = new NodeLunr(dir).reference("numberToString", bits);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String actual = JsNumber.format(values.get(i));
            if (!expected.get(i).textValue().equals(actual)) {
                mismatches.add(expected.get(i).textValue() + " but java " + actual);
            }
        }
        assertTrue(mismatches.isEmpty(), mismatches.size() + " differ: "
                + mismatches.subList(0, Math.min(10, mismatches.size())));
    }

    @Test
    void escapesEveryCodeUnitLikeJsonStringify() {
        NodeLunr.assumeAvailable();
        JsonNode expected = new NodeLunr(dir).reference("stringifyAllUnits", List.of());
        for (int c = 0; c <= 0xFFFF; c++) {
            assertEquals(expected.get(c).textValue(), quote(String.valueOf((char) c)), "code unit " + c);
        }
    }

    @Test
    void escapesSurrogatesLikeJsonStringify() {
        NodeLunr.assumeAvailable();
        List<String> texts = List.of("😀", "\uD83D\uD83D", "\uDE00\uD83D", "a\uD800", "\uDBFF\uDFFF\uDC00",
                "x\uD83D\uDE00\uDE00y\uD83D", "\u2028\u2029\u007F\u0080", "\"\\/", "\uD800");
        JsonNode expected = new NodeLunr(dir).reference("stringify", texts);
        for (int i = 0; i < texts.size(); i++) {
            assertEquals(expected.get(i).textValue(), quote(texts.get(i)));
        }
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder();
        JsString.quote(out, s);
        return out.toString();
    }
}
