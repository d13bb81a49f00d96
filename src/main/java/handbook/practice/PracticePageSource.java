package handbook.practice;

/**
 * The question bank and practice page, written as AsciiDoc like the glossary page so it gets the site's frame;
 * its template ({@code practice.ftl}) holds the empty containers the script fills from {@code questions.json}.
 */
public final class PracticePageSource {
    public static final String FILE = "content/practice.adoc";
    public static final String URI = "practice.html";

    private PracticePageSource() {}

    public static String source() {
        return "= Practice\n:jbake-type: practice\n"
                + ":summary: Every interview question and coding challenge of the handbook in one bank: filter, shuffle, "
                + "answer out loud, reveal the model answer and rate yourself; spaced repetition brings each card back when it is due.\n\n"
                + "Answer each question out loud before you reveal the model answer, then rate how it went. "
                + "Cards you rate come back when they are due (SM-2 spaced repetition). "
                + "Your progress stays in this browser: no account, nothing is sent anywhere.\n";
    }
}
