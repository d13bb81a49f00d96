package handbook.practice;

import handbook.build.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code questions.json}: {@code {"version":1,"parts":{…},"chapters":{…},"questions":[…]}} with sorted keys and the
 * questions in reading order. The part and chapter titles are there so the question bank can label its filters.
 */
final class QuestionBankJson {
    static final String FILE = "questions.json";
    static final int FORMAT_VERSION = 1;

    private QuestionBankJson() {}

    static String write(List<Question> questions, Map<String, String> partTitles, Map<String, String> chapterTitles) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Question q : questions) {
            Map<String, Object> m = new TreeMap<>();
            m.put("id", q.id());
            m.put("kind", q.kind());
            m.put("text", q.text());
            if (!q.prompt().isEmpty()) {
                m.put("prompt", q.prompt());
            }
            m.put("answer", q.answer());
            m.put("level", q.level());
            m.put("round", q.round());
            if (!q.difficulty().isEmpty()) {
                m.put("difficulty", q.difficulty());
            }
            m.put("part", q.part());
            m.put("chapter", q.chapter());
            m.put("section", q.section());
            m.put("anchor", q.anchor());
            m.put("terms", q.terms());
            list.add(m);
        }
        Map<String, Object> root = new TreeMap<>();
        root.put("version", FORMAT_VERSION);
        root.put("parts", new TreeMap<>(partTitles));
        root.put("chapters", new TreeMap<>(chapterTitles));
        root.put("questions", list);
        return Json.write(root);
    }
}
