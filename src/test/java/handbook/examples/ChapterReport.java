package handbook.examples;

import java.util.List;

/**
 * The outcome of one chapter's checked listings of one language, for the test log and the failure message.
 *
 * @param file     the chapter, relative to the repository root
 * @param language {@code SQL} or {@code Python}, as the summary line says it
 */
record ChapterReport(String file, String language, List<ListingOutcome> outcomes) {

    ChapterReport {
        outcomes = List.copyOf(outcomes);
    }

    long passed() {
        return outcomes.stream().filter(ListingOutcome::isPassed).count();
    }

    List<String> failures() {
        return outcomes.stream().filter(o -> !o.isPassed()).map(ListingOutcome::failure).toList();
    }

    /** {@code content/core/advanced-sql.adoc: 13 checked SQL listings, 13 passed}. */
    String summaryLine() {
        return file + ": " + outcomes.size() + " checked " + language + " listing" + (outcomes.size() == 1 ? "" : "s")
                + ", " + passed() + " passed";
    }

    /** The summary line, then one indented line per note of a passing listing ({@code line 180: ERROR: ...}). */
    String summary() {
        StringBuilder out = new StringBuilder(summaryLine());
        for (ListingOutcome outcome : outcomes) {
            if (outcome.isPassed() && outcome.note() != null) {
                out.append("\n  line ").append(outcome.example().line()).append(", ")
                        .append(outcome.example().kind().attribute()).append(": ").append(outcome.note());
            }
        }
        return out.toString();
    }

    /** Every failure, separated by blank lines, after a line saying how many failed. */
    String failureMessage() {
        List<String> failures = failures();
        return failures.size() + " of " + outcomes.size() + " checked " + language + " listings in " + file
                + " failed:\n\n" + String.join("\n\n", failures);
    }
}
