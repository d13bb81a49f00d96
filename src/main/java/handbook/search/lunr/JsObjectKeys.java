package handbook.search.lunr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which JavaScript lists an object's keys ({@code Object.keys}, {@code JSON.stringify}): keys that
 * are array indices (canonical decimal integers from 0 to 2<sup>32</sup>−2) first, in ascending numeric order,
 * then all other keys in insertion order. So a posting keyed by document refs {@code "b"}, {@code "10"},
 * {@code "007"}, {@code "7"} is written as {@code "7"}, {@code "10"}, {@code "b"}, {@code "007"}.
 */
final class JsObjectKeys {
    private static final long MAX_ARRAY_INDEX = 4_294_967_294L;

    private JsObjectKeys() {}

    static boolean isArrayIndex(String key) {
        int n = key.length();
        if (n == 0 || n > 10 || (n > 1 && key.charAt(0) == '0')) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return Long.parseLong(key) <= MAX_ARRAY_INDEX;
    }

    /** Returns distinct keys, given in insertion order, in JavaScript's order. */
    static List<String> order(List<String> keysInInsertionOrder) {
        List<String> ordered = new ArrayList<>();
        List<String> named = new ArrayList<>();
        for (String key : keysInInsertionOrder) {
            (isArrayIndex(key) ? ordered : named).add(key);
        }
        ordered.sort(Comparator.comparingLong(Long::parseLong));
        ordered.addAll(named);
        return ordered;
    }

    /**
     * For keys in insertion order, the rank of each in JavaScript's order, or {@code null} when that order is the
     * insertion order (no array indices out of place), so callers can skip sorting.
     */
    static int[] ranks(List<String> keysInInsertionOrder) {
        int n = keysInInsertionOrder.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        long[] sortKey = new long[n];
        for (int i = 0; i < n; i++) {
            String key = keysInInsertionOrder.get(i);
            sortKey[i] = isArrayIndex(key) ? Long.parseLong(key) : MAX_ARRAY_INDEX + 1 + i;
        }
        Arrays.sort(order, Comparator.comparingLong(i -> sortKey[i]));
        int[] ranks = new int[n];
        boolean identity = true;
        for (int rank = 0; rank < n; rank++) {
            ranks[order[rank]] = rank;
            identity &= order[rank] == rank;
        }
        return identity ? null : ranks;
    }
}
