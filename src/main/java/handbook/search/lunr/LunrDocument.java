package handbook.search.lunr;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A document to index: its ref, the text of its fields, and a boost (1 for none; lunr reads {@code boost || 1}).
 * A field that is missing or maps to {@code null} is absent and gives no tokens.
 */
public record LunrDocument(String ref, Map<String, String> fields, double boost) {
    public LunrDocument {
        Objects.requireNonNull(ref, "ref");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        if (!Double.isFinite(boost)) {
            throw new IllegalArgumentException("boost of document '" + ref + "' must be a finite number");
        }
    }

    /** A document without a boost. */
    public static LunrDocument of(String ref, Map<String, String> fields) {
        return new LunrDocument(ref, fields, 1);
    }
}
