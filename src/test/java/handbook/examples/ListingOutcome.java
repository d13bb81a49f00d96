package handbook.examples;

/**
 * What running one checked listing showed.
 *
 * @param example the listing
 * @param failure why it does not hold, starting with its {@code file:line}; {@code null} when it passed
 * @param note    what a passing listing is worth a reviewer's glance for (the error a {@code check=error} listing
 *                raised, to see it failed for the reason the chapter gives), or {@code null}
 */
record ListingOutcome(CheckedExample example, String failure, String note) {

    static ListingOutcome passed(CheckedExample example) {
        return new ListingOutcome(example, null, null);
    }

    static ListingOutcome passed(CheckedExample example, String note) {
        return new ListingOutcome(example, null, note);
    }

    /** A failure whose message starts with the listing's location and check, e.g. {@code a.adoc:7: check=result: }. */
    static ListingOutcome failed(CheckedExample example, String message) {
        return new ListingOutcome(example,
                example.location() + ": " + example.kind().attribute() + ": " + message, null);
    }

    boolean isPassed() {
        return failure == null;
    }
}
