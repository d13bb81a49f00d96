package handbook.search.lunr;

import java.util.Arrays;

/** A growable list of {@code int}s, so postings of a large corpus are not lists of boxed integers. */
final class IntList {
    private int[] values = new int[4];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int get(int i) {
        return values[i];
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int last() {
        return values[size - 1];
    }
}
