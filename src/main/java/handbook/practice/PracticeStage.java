package handbook.practice;

import handbook.build.Problems;
import handbook.content.Chapter;
import handbook.content.Part;
import handbook.content.SiteContent;
import handbook.pages.RenderedPage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The practice stage of the build: questions as data. It reads every chapter page's interview questions and coding
 * challenges (in reading order), anchors them, hides the challenges' solutions behind "Show solution", adds the
 * progress hooks to chapter and part links, and returns the published files: {@code questions.json} and the Anki
 * deck {@code questions-anki.csv}. Run it after the glossary has linked the pages, so the answers carry term links.
 */
public final class PracticeStage {
    public static final String JSON_FILE = QuestionBankJson.FILE;
    public static final String CSV_FILE = AnkiDeck.FILE;

    private PracticeStage() {}

    private record Extracted(List<Question> questions, Problems problems) {}

    /** What the stage publishes, with the questions for reports and tests. */
    public record PracticeFiles(List<Question> questions, String json, String csv) {}

    public static PracticeFiles build(SiteContent site, List<RenderedPage> pages, Problems problems) {
        Map<String, RenderedPage> byUri = new LinkedHashMap<>();
        pages.forEach(p -> byUri.put(p.uri(), p));
        List<Question> questions = new ArrayList<>();
        Map<String, String> partTitles = new LinkedHashMap<>();
        Map<String, String> chapterTitles = new LinkedHashMap<>();
        List<Chapter> chapters = new ArrayList<>();
        for (Part part : site.parts()) {
            partTitles.put(part.id(), part.title());
            for (Chapter chapter : part.chapters()) {
                chapterTitles.put(chapter.uri(), chapter.title());
                if (byUri.containsKey(chapter.uri())) {
                    chapters.add(chapter);
                }
            }
        }
        // each chapter's page is a document of its own: extracted side by side, then numbered in reading order
        List<Extracted> extracted = chapters.parallelStream().map(chapter -> {
            Problems found = new Problems();
            return new Extracted(new QuestionExtractor(found).extract(chapter, byUri.get(chapter.uri())), found);
        }).toList();
        for (Extracted e : extracted) {
            problems.addAll(e.problems().all());
            e.questions().forEach(q -> questions.add(q.withOrder(questions.size())));
        }
        ProgressHooks.add(site, pages, questions);
        return new PracticeFiles(questions, QuestionBankJson.write(questions, partTitles, chapterTitles),
                AnkiDeck.csv(questions, chapterTitles));
    }
}
