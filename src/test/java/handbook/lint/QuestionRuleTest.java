package handbook.lint;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuestionRuleTest {

    private static List<String> lint(int minimum, String... lines) {
        return Lint.run(p -> QuestionRule.check(Lint.FILE, List.of(lines), minimum, p));
    }

    @Test
    void acceptsAWellFormedQuestionWithAnyCaseOfLevel() {
        assertEquals(List.of(), lint(1, "[.question%collapsible,level=Senior,round=system-design]", ".How?", "====",
                "", "The answer.", "===="));
    }

    @Test
    void reportsBadLevelMissingRoundMissingTitleAtTheAttributeLine() {
        assertEquals(List.of(
                        "content/core/x.adoc:3: error: question has no title: put the question on a line starting with '.' between the attribute line and the ==== line",
                        "content/core/x.adoc:3: error: question needs level= one of [mid, senior, staff], not 'junior'",
                        "content/core/x.adoc:3: error: question needs round= one of [concepts, sql, coding, system-design, behavioral]"),
                lint(0, "Intro.", "", "[.question%collapsible,level=junior]", "====", "Answer.", "===="));
    }

    @Test
    void reportsAQuestionThatIsNotAnExampleBlockOrHasNoAnswer() {
        assertEquals(List.of(
                        "content/core/x.adoc:1: error: a question is an example block: the line after its attribute and title lines must be ====",
                        "content/core/x.adoc:6: error: question has no model answer: write it between the ==== lines"),
                lint(0, "[.question,level=mid,round=sql]", ".Why?", "****", "Answer.", "****",
                        "[.question,level=mid,round=sql]", ".Why not?", "====", "", "// only a comment", "===="));
    }

    @Test
    void theTitleMayComeFirstAndTheRoleMayBeNamed() {
        assertEquals(List.of(), lint(1, ".Why?", "[role=question,level=staff,round=behavioral]", "====", "Because.", "===="));
    }

    @Test
    void aChapterNeedsSixQuestionsReportedAtTheInterviewQuestionsHeading() {
        List<String> lines = new ArrayList<>(List.of("= T", "", "== Interview questions", ""));
        for (int i = 0; i < 5; i++) {
            lines.addAll(List.of("[.question%collapsible,level=mid,round=concepts]", ".Q" + i + "?", "====", "A.", "====", ""));
        }
        lines.addAll(List.of("----", "[.question%collapsible,level=mid,round=concepts]", "----"));
        assertEquals(List.of("content/core/x.adoc:3: error: a chapter needs at least 6 interview questions ([.question] blocks); this one has 5"),
                lint(6, lines.toArray(String[]::new)));
    }
}
