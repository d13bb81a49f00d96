package handbook.errata;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One entry of the errata: a correction made to a chapter (or a glossary term) so that readers who studied the
 * earlier text learn what changed.
 *
 * @param chapter {@code <part>/<slug>} of a chapter ({@code core/advanced-sql}), or {@code glossary}
 * @param section the id of the corrected section; for the glossary, the term id
 * @param change plain text: what the text said and what is true now
 * @param file the errata file the entry comes from, relative to the repository root
 * @param line the line of the entry's first key
 */
public record Correction(LocalDate date, String chapter, String section, Severity severity, String change,
                         String file, int line) {

    public static final String GLOSSARY = "glossary";

    /** The reviewers' scale: what a reader who learnt the old text risks. */
    public enum Severity {
        WRONG("Wrong", "the text was factually incorrect"),
        OUTDATED("Outdated", "true once, no longer the whole truth"),
        MISLEADING("Misleading", "true in part; an interviewer would correct it");

        private final String label;
        private final String meaning;

        Severity(String label, String meaning) {
            this.label = label;
            this.meaning = meaning;
        }

        public String label() {
            return label;
        }

        public String meaning() {
            return meaning;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public boolean isGlossary() {
        return chapter.equals(GLOSSARY);
    }
}
