package handbook.currency;

import java.util.Locale;
import java.util.Optional;

/**
 * One entry of a chapter's {@code :versions:} list: a technology, standard, regulation or book and the version
 * the chapter is true for ({@code Apache Kafka 4.2}, {@code DPDP Rules 2025}). The version is the last word when it
 * starts with a digit; a managed service without versions ({@code Amazon S3}) has an empty version and is read as
 * "as documented in the month the chapter was checked".
 */
public record TechVersion(String name, String version) {
    /** Longest entry accepted: a name and a version, not a sentence. */
    public static final int MAX_LENGTH = 80;

    /** Parses one entry; empty when it is blank, too long, or not plain text. */
    public static Optional<TechVersion> parse(String entry) {
        String text = entry.strip().replaceAll("\\s+", " ");
        if (text.isEmpty() || text.length() > MAX_LENGTH || !Character.isLetterOrDigit(text.charAt(0))) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            if ("<>{}[]*_`#|\\".indexOf(text.charAt(i)) >= 0) {
                return Optional.empty();
            }
        }
        int space = text.lastIndexOf(' ');
        if (space > 0 && Character.isDigit(text.charAt(space + 1))) {
            return Optional.of(new TechVersion(text.substring(0, space), text.substring(space + 1)));
        }
        return Optional.of(new TechVersion(text, ""));
    }

    /** The name as a reader would group it: case and spacing ignored. */
    public String key() {
        return name.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return version.isEmpty() ? name : name + " " + version;
    }
}
