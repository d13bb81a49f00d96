package handbook.search.lunr;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * JavaScript's {@code Number.prototype.toString()}, which {@code JSON.stringify} uses for numbers: the shortest
 * decimal that reads back as the same double, in plain notation from 10<sup>−6</sup> to below 10<sup>21</sup>
 * ({@code 0.005}, {@code 1.5}, {@code 100}) and in exponent notation outside ({@code 1e-7}, {@code 1.5e+21}).
 * Java 17's {@code Double.toString} is neither always shortest nor formatted that way.
 *
 * <p>lunr rounds every score to thousandths, so most numbers take the fast path: a double that is exactly the
 * nearest double to {@code m / 1000} for a small integer {@code m} prints as that decimal.
 */
final class JsNumber {
    private static final double FAST_PATH_LIMIT = 1e12;

    private JsNumber() {}

    static String format(double value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    /** Appends {@link #format(double)}'s result, without intermediate strings for thousandths. */
    static void append(StringBuilder out, double value) {
        if (Math.abs(value) < FAST_PATH_LIMIT && value != 0) {
            long milli = Math.round(value * 1000);
            if (milli / 1000.0 == value) {
                appendThousandths(out, milli);
                return;
            }
        }
        out.append(formatSlow(value));
    }

    private static String formatSlow(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == 0) {
            return "0";
        }
        return value < 0 ? "-" + formatShortest(-value) : formatShortest(value);
    }

    /**
     * JavaScript's {@code Math.round}: the nearest integer, halves toward +∞. {@code Math.floor(x + 0.5)} would be
     * wrong for 0.49999999999999994, and Java's {@code Math.round} returns a {@code long}.
     */
    static double round(double x) {
        double floor = Math.floor(x);
        return x - floor >= 0.5 ? floor + 1 : floor;
    }

    /**
     * {@code m / 1000} is the shortest form: any other decimal for the same double would differ from it by at least
     * 0.001, far more than the double's precision below 10<sup>12</sup>.
     */
    private static void appendThousandths(StringBuilder out, long milli) {
        if (milli < 0) {
            out.append('-');
            milli = -milli;
        }
        out.append(milli / 1000);
        int fraction = (int) (milli % 1000);
        if (fraction != 0) {
            out.append('.').append((char) ('0' + fraction / 100));
            fraction %= 100;
            if (fraction != 0) {
                out.append((char) ('0' + fraction / 10));
                fraction %= 10;
                if (fraction != 0) {
                    out.append((char) ('0' + fraction));
                }
            }
        }
    }

    /** ECMAScript Number::toString for a positive finite value. */
    private static String formatShortest(double value) {
        BigDecimal shortest = shortestDecimal(value).stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale();
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        int exponent = n - 1;
        String mantissa = k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
    }

    /**
     * The decimal with the fewest digits that reads back as {@code value}; if two, the nearer (then the even).
     * Whether some decimal of a precision reads back only gets likelier with more digits, so a binary search over
     * precisions 1 to 17 (17 always reads back) finds the fewest.
     */
    private static BigDecimal shortestDecimal(double value) {
        BigDecimal exact = new BigDecimal(value);
        int low = 1;
        int high = 17;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (readingBack(exact, middle, value) != null) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return readingBack(exact, low, value);
    }

    /** The decimal of {@code precision} digits nearest {@code exact} that reads back as {@code value}, or null. */
    private static BigDecimal readingBack(BigDecimal exact, int precision, double value) {
        BigDecimal down = exact.round(new MathContext(precision, RoundingMode.FLOOR));
        BigDecimal up = exact.round(new MathContext(precision, RoundingMode.CEILING));
        boolean downOk = readsBackAs(down, value);
        boolean upOk = readsBackAs(up, value);
        if (downOk && upOk && down.compareTo(up) != 0) {
            int nearer = exact.subtract(down).compareTo(up.subtract(exact));
            if (nearer != 0) {
                return nearer < 0 ? down : up;
            }
            return down.unscaledValue().testBit(0) ? up : down;
        }
        return downOk ? down : upOk ? up : null;
    }

    private static boolean readsBackAs(BigDecimal decimal, double value) {
        return Double.parseDouble(decimal.toString()) == value;
    }
}
