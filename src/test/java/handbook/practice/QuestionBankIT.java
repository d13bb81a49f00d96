package handbook.practice;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** On the real handbook: every question block and coding challenge of the content is in questions.json and the Anki deck. */
class QuestionBankIT {
    @Test
    void everyQuestionOfTheContentIsPublished() throws Exception {
        int n = QuestionBankFiles.assertComplete(Path.of("content"), Path.of(System.getProperty("handbook.it.site", "target/site")));
        assertTrue(n >= 290, "267 questions and 27 challenges when this test was written, now " + n);
    }
}
