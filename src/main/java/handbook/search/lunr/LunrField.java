package handbook.search.lunr;

import java.util.Objects;
import java.util.Set;

/**
 * A field lunr indexes, with its boost. lunr reads the boost as {@code boost || 1}, so 0 means the same as 1.
 *
 * <p>Some names are refused because lunr.js cannot index them: {@code /} (lunr joins field and ref with it, and
 * throws), {@code _index} (the key of a term's number in a posting), and the properties every JavaScript object
 * inherits ({@code constructor}, {@code toString}…): lunr sums field lengths in a plain object, so for those it adds
 * to a function and every score of the field becomes {@code NaN}.
 */
public record LunrField(String name, double boost) {
    private static final Set<String> OBJECT_PROPERTIES = Set.of("constructor", "__proto__", "__defineGetter__",
            "__defineSetter__", "__lookupGetter__", "__lookupSetter__", "hasOwnProperty", "isPrototypeOf",
            "propertyIsEnumerable", "toLocaleString", "toString", "valueOf");

    public LunrField {
        Objects.requireNonNull(name, "field name");
        if (name.contains("/")) {
            throw new IllegalArgumentException("field name '" + name + "' contains '/', which lunr refuses");
        }
        if (name.equals("_index")) {
            throw new IllegalArgumentException("field name '_index' clashes with the term number in lunr's postings");
        }
        if (OBJECT_PROPERTIES.contains(name)) {
            throw new IllegalArgumentException("field name '" + name
                    + "' is a property of every JavaScript object, which breaks lunr's scores");
        }
        if (!Double.isFinite(boost)) {
            throw new IllegalArgumentException("boost of field '" + name + "' must be a finite number");
        }
    }

    /** A field without a boost. */
    public static LunrField of(String name) {
        return new LunrField(name, 1);
    }
}
