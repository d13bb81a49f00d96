package handbook.glossary;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** All terms, sorted A–Z by name (case-insensitive, then by id), with lookup by id. */
public final class Glossary {
    public static final Comparator<Term> ALPHABETICAL = Comparator
            .comparing((Term t) -> t.name().toLowerCase(Locale.ROOT)).thenComparing(Term::id);
    private final Map<String, Term> byId = new LinkedHashMap<>();

    public Glossary(List<Term> terms) {
        terms.stream().sorted(ALPHABETICAL).forEach(t -> byId.putIfAbsent(t.id(), t));
    }

    public List<Term> terms() {
        return List.copyOf(byId.values());
    }

    public Optional<Term> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }

    /** The letter a term is filed under: its first letter or digit, upper-cased ("#" for anything else). */
    public static String letterOf(Term term) {
        for (char c : term.name().toCharArray()) {
            if (Character.isLetter(c)) {
                return String.valueOf(Character.toUpperCase(c));
            }
            if (Character.isDigit(c)) {
                return "#";
            }
        }
        return "#";
    }
}
