package handbook.search.lunr;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How to build an index: the name of the document ref, the fields to index (with boosts) and the token metadata
 * to store ({@code metadataWhitelist}, e.g. {@code ["position"]} for highlighting; empty for the smallest index).
 * A field may be named like the ref: it then indexes the ref's text, as in lunr.
 */
public record LunrSettings(String ref, List<LunrField> fields, List<String> metadataWhitelist) {
    public LunrSettings {
        Objects.requireNonNull(ref, "ref");
        fields = List.copyOf(fields);
        metadataWhitelist = List.copyOf(metadataWhitelist);
        Set<String> names = new HashSet<>();
        for (LunrField field : fields) {
            if (!names.add(field.name())) {
                throw new IllegalArgumentException("field '" + field.name() + "' is listed twice");
            }
        }
    }
}
