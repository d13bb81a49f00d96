package handbook.examples;

import java.util.Locale;

/**
 * One listing of a chapter that the test suite executes: a {@code [source,sql,check=...]} or
 * {@code [source,python,check=run]} block, with the expected output that follows it when there is one.
 *
 * @param file         the chapter's path relative to the repository root, e.g. {@code content/core/advanced-sql.adoc}
 * @param line         1-based line of the listing's {@code [source,...]} attribute line (where an author looks first)
 * @param language     {@code sql} or {@code python}
 * @param kind         what the test suite does with the listing
 * @param code         the listing's text as the reader sees it: the lines between the delimiters, callout markers removed
 * @param expected     the text of the {@code [.sql-result]} or {@code [.output]} literal block, or {@code null} when none
 * @param expectedLine 1-based line of the first line inside that literal block, or 0 when there is none;
 *                     the i-th line of {@code expected} (0-based) is at {@code expectedLine + i}
 */
public record CheckedExample(String file, int line, String language, Kind kind, String code, String expected,
                             int expectedLine) {

    /** What a listing's {@code check} attribute asks for. */
    public enum Kind {
        /** SQL that must succeed; nothing is compared. */
        SETUP,
        /** SQL that must succeed; the last statement's rows must equal the {@code [.sql-result]} table. */
        RESULT,
        /** SQL that must fail: an example of what goes wrong. */
        ERROR,
        /** Python whose standard output must equal the {@code [.output]} block. */
        RUN;

        /** The attribute value, as written in a chapter: {@code check=result}. */
        public String attribute() {
            return "check=" + name().toLowerCase(Locale.ROOT);
        }
    }

    /** {@code content/core/advanced-sql.adoc:70}, the form editors and CI logs turn into a link. */
    public String location() {
        return file + ":" + line;
    }
}
