package handbook.examples;

/**
 * A {@code [.sql-result]} block that is not psql's aligned format. Carries the 0-based index of the offending line
 * within the block so that the caller can report the chapter's exact line.
 */
public final class MalformedTableException extends IllegalArgumentException {
    private final int lineIndex;

    public MalformedTableException(int lineIndex, String message) {
        super(message);
        this.lineIndex = lineIndex;
    }

    /** 0-based index of the offending line within the table text. */
    public int lineIndex() {
        return lineIndex;
    }
}
