package handbook.practice;

import java.util.List;

/**
 * One practice card: an interview question or a coding challenge, as published in {@code questions.json}.
 *
 * @param id         stable id, {@code <chapter slug>-<8 hex>} (see {@link QuestionIds})
 * @param kind       {@code question} (a question block) or {@code challenge} (a SQL or Python problem)
 * @param text       the question as plain text (a challenge's title without its "Problem N (Easy):" prefix)
 * @param prompt     HTML shown with the question before the answer (a challenge's statement, schema and data); empty for questions
 * @param answer     the model answer (or the challenge's solution) as HTML, links relative to the site root
 * @param level      {@code mid}, {@code senior} or {@code staff}
 * @param round      {@code concepts}, {@code sql}, {@code coding}, {@code system-design} or {@code behavioral}
 * @param difficulty a challenge's {@code easy}, {@code medium} or {@code hard}; empty for questions
 * @param part       the part's folder ({@code core})
 * @param chapter    the chapter page, site-relative ({@code core/advanced-sql.html})
 * @param section    the id of the heading the question sits under
 * @param anchor     the question's own id on the chapter page (link: {@code chapter#anchor})
 * @param terms      glossary term ids linked from the question or answer, sorted
 * @param order      position in reading order (parts, chapters, page order), for a stable default order
 */
public record Question(String id, String kind, String text, String prompt, String answer, String level, String round,
                       String difficulty, String part, String chapter, String section, String anchor,
                       List<String> terms, int order) {
    public Question {
        terms = List.copyOf(terms);
    }

    /** The same card at another position in reading order. */
    Question withOrder(int position) {
        return new Question(id, kind, text, prompt, answer, level, round, difficulty, part, chapter, section, anchor,
                terms, position);
    }
}
