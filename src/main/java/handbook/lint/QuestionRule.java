package handbook.lint;

import handbook.asciidoc.QuestionTreeprocessor;
import handbook.build.Problems;
import handbook.content.AdocHeaderReader;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Interview questions: each {@code [.question...]} block names a {@code level=} and a {@code round=} from the
 * allowed lists, has a {@code .Title} (the question), is an example block ({@code ====}) and holds a model answer.
 * A chapter needs at least {@link #CHAPTER_MINIMUM} of them. Problems are reported at the question's attribute line.
 */
public final class QuestionRule {
    public static final int CHAPTER_MINIMUM = 6;
    private static final Map<String, List<String>> ALLOWED =
            Map.of("level", QuestionTreeprocessor.LEVELS, "round", QuestionTreeprocessor.ROUNDS);

    private QuestionRule() {}

    /** Checks every question block; {@code minimum} is how many the file needs (0 for pages that are not chapters). */
    public static void check(String file, List<String> lines, int minimum, Problems problems) {
        List<AdocLine> scanned = BlockScanner.scan(lines);
        int count = 0;
        int groupEnd = -1;
        for (int i = 0; i < scanned.size(); i++) {
            AdocLine line = scanned.get(i);
            if (i <= groupEnd || !line.isBlockAttributes() || !AttributeList.parse(line.text()).roles().contains("question")) {
                continue;
            }
            count++;
            int start = i;
            while (start > 0 && isMetadata(scanned.get(start - 1))) {
                start--;
            }
            groupEnd = i;
            while (groupEnd + 1 < scanned.size() && isMetadata(scanned.get(groupEnd + 1))) {
                groupEnd++;
            }
            checkQuestion(file, scanned, line, start, groupEnd, problems);
        }
        if (count < minimum) {
            int at = Heading.of(scanned).stream().filter(h -> RequiredSectionsRule.requiredIndex(h) == 3)
                    .map(Heading::line).findFirst().orElse(AdocHeaderReader.read(lines).anchorLine());
            problems.error(file, at, "a chapter needs at least " + minimum + " interview questions ([.question] blocks); "
                    + "this one has " + count);
        }
    }

    private static void checkQuestion(String file, List<AdocLine> lines, AdocLine attributeLine, int start, int end,
                                      Problems problems) {
        Map<String, String> named = new HashMap<>();
        boolean titled = false;
        for (int k = start; k <= end; k++) {
            AdocLine meta = lines.get(k);
            titled |= meta.isBlockTitle();
            if (meta.isBlockAttributes()) {
                named.putAll(AttributeList.parse(meta.text()).named());
            }
        }
        int at = attributeLine.number();
        for (Map.Entry<String, List<String>> allowed : ALLOWED.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            String value = named.get(allowed.getKey());
            if (value == null || !allowed.getValue().contains(value.toLowerCase(Locale.ROOT))) {
                problems.error(file, at, "question needs " + allowed.getKey() + "= one of " + allowed.getValue()
                        + (value == null ? "" : ", not '" + value + "'"));
            }
        }
        if (!titled) {
            problems.error(file, at, "question has no title: put the question on a line starting with '.' "
                    + "between the attribute line and the ==== line");
        }
        Optional<Integer> open = end + 1 < lines.size() && isExampleDelimiter(lines.get(end + 1))
                ? Optional.of(end + 1) : Optional.empty();
        if (open.isEmpty()) {
            problems.error(file, at, "a question is an example block: the line after its attribute and title lines must be ====");
            return;
        }
        if (!hasBody(lines, open.get())) {
            problems.error(file, at, "question has no model answer: write it between the ==== lines");
        }
    }

    private static boolean hasBody(List<AdocLine> lines, int open) {
        AdocLine opening = lines.get(open);
        for (int k = open + 1; k < lines.size(); k++) {
            AdocLine line = lines.get(k);
            if (line.kind() == AdocLine.Kind.DELIMITER && line.text().equals(opening.text())
                    && line.enclosing().size() == opening.enclosing().size()) {
                return false;
            }
            if (line.kind() != AdocLine.Kind.BLANK && line.kind() != AdocLine.Kind.LINE_COMMENT
                    && line.kind() != AdocLine.Kind.COMMENT) {
                return true;
            }
        }
        return false;
    }

    private static boolean isExampleDelimiter(AdocLine line) {
        return line.kind() == AdocLine.Kind.DELIMITER && line.text().matches("={4,}");
    }

    private static boolean isMetadata(AdocLine line) {
        return line.isBlockAttributes() || line.isBlockTitle() || line.kind() == AdocLine.Kind.LINE_COMMENT;
    }
}
