package handbook.practice;

import handbook.build.Problems;
import handbook.content.Chapter;
import handbook.pages.PageEnhancer;
import handbook.pages.RenderedPage;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads a chapter page's interview questions ({@code details.question}) and coding challenges (the sections headed
 * "Problem N (Easy): …" or "Python N (Medium): …") into {@link Question}s. It gives every question block its id as
 * an anchor, and hides each challenge's solution behind "Show solution" (see {@link ChallengeSolutions}).
 */
final class QuestionExtractor {
    /** Challenges are graded by difficulty; on the level scale easy reads as mid, medium as senior, hard as staff. */
    static final Map<String, String> LEVEL_OF_DIFFICULTY = Map.of("easy", "mid", "medium", "senior", "hard", "staff");

    private static final java.util.regex.Pattern SECTION_CLASS = java.util.regex.Pattern.compile(".*\\bsect[1-5]\\b.*");

    private final Problems problems;
    private int order;

    QuestionExtractor(Problems problems) {
        this.problems = problems;
    }

    List<Question> extract(Chapter chapter, RenderedPage page) {
        Element article = page.html().selectFirst("article.doc");
        List<Question> found = new ArrayList<>();
        if (article == null) {
            return found;
        }
        for (Element el : article.select("details.question, h3")) {
            if (el.tagName().equals("details")) {
                question(chapter, page, el).ifPresent(found::add);
            } else if (!QuestionIds.challengeDifficulty(PageEnhancer.headingText(el)).isEmpty()) {
                challenge(chapter, page, el).ifPresent(found::add);
            }
        }
        Map<String, Question> byId = new java.util.HashMap<>();
        for (Question q : found) {
            Question other = byId.putIfAbsent(q.id(), q);
            if (other != null) {
                problems.error(chapter.source(), 1, "questions \"" + other.text() + "\" and \"" + q.text()
                        + "\" get the same id " + q.id() + ": give one of them an explicit id= attribute");
            }
        }
        return found;
    }

    private java.util.Optional<Question> question(Chapter chapter, RenderedPage page, Element details) {
        Element summary = details.selectFirst("summary");
        Element content = details.selectFirst("> div.content");
        if (summary == null || content == null) {
            return java.util.Optional.empty();
        }
        Element title = summary.clone();
        title.select(".badges").remove();
        String text = title.text().trim();
        String id;
        if (details.id().isEmpty()) {
            id = QuestionIds.hashed(chapter.slug(), text);
            details.id(id);
        } else if (QuestionIds.isValidExplicit(details.id())) {
            id = QuestionIds.explicit(chapter.slug(), details.id());
        } else {
            problems.error(chapter.source(), 1, "question \"" + text + "\": id=" + details.id()
                    + " must be lower-case letters, digits and hyphens");
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Question(id, "question", text, "", SiteLinks.portableHtml(content, page.uri()),
                classValue(details, "level-"), classValue(details, "round-"), "", chapter.partId(), chapter.uri(),
                sectionOf(details), details.id(), terms(details), order++));
    }

    private java.util.Optional<Question> challenge(Chapter chapter, RenderedPage page, Element heading) {
        String headingText = PageEnhancer.headingText(heading);
        String text = QuestionIds.challengeTitle(headingText);
        String difficulty = QuestionIds.challengeDifficulty(headingText);
        String id = QuestionIds.hashed(chapter.slug(), text);
        ChallengeSolutions.Split split = ChallengeSolutions.hide(heading, id);
        if (split == null) {
            problems.warning(chapter.source(), 1, "challenge \"" + headingText + "\" has no solution listing");
            return java.util.Optional.empty();
        }
        String round = split.solution().selectFirst("code[data-lang=python]") != null ? "coding" : "sql";
        TreeSet<String> terms = new TreeSet<>(terms(split.statement()));
        terms.addAll(terms(split.solution()));
        return java.util.Optional.of(new Question(id, "challenge", text,
                SiteLinks.portableHtml(split.statement(), page.uri()), SiteLinks.portableHtml(split.solution(), page.uri()),
                LEVEL_OF_DIFFICULTY.get(difficulty), round, difficulty, chapter.partId(), chapter.uri(), heading.id(),
                heading.id(), List.copyOf(terms), order++));
    }

    private static String classValue(Element el, String prefix) {
        return el.classNames().stream().filter(c -> c.startsWith(prefix)).map(c -> c.substring(prefix.length()))
                .findFirst().orElse("");
    }

    private static List<String> terms(Element el) {
        return List.copyOf(new TreeSet<>(el.select("a.term[data-term]").eachAttr("data-term")));
    }

    /** The id of the closest heading the element sits under. */
    private static String sectionOf(Element el) {
        for (Element p : el.parents()) {
            if (SECTION_CLASS.matcher(p.className()).matches()) {
                Element h = p.selectFirst("> h2[id], > h3[id], > h4[id], > h5[id]");
                if (h != null) {
                    return h.id();
                }
            }
        }
        return "";
    }
}
