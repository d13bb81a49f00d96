package handbook.content;

import handbook.build.Problems;
import handbook.glossary.Glossary;
import handbook.glossary.Term;
import handbook.glossary.TermRegistry;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The handbook's breadth, as the content-depth goals state it: at least 260 glossary terms, each used by a page; at
 * least 35 SQL and coding problems, every SQL problem with a listing the tests execute; at least 5 case studies.
 */
class ContentDepthTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    private static String read(String file) throws IOException {
        return Files.readString(PROJECT.resolve(file));
    }

    @Test
    void theGlossaryHasAtLeast260TermsAndEveryOneIsUsedByAPage() throws IOException {
        Glossary glossary = TermRegistry.load(PROJECT, new Problems());
        assertTrue(glossary.terms().size() >= 260, "glossary terms: " + glossary.terms().size());
        StringBuilder pages = new StringBuilder();
        try (Stream<Path> files = Files.walk(PROJECT.resolve("content"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".adoc"))
                    .filter(f -> !f.startsWith(PROJECT.resolve("content/glossary"))).sorted().toList()) {
                pages.append(Files.readString(f)).append('\n');
            }
        }
        List<String> unused = new ArrayList<>();
        for (Term t : glossary.terms()) {
            if (!pages.toString().contains("term:" + t.id() + "[")) {
                unused.add(t.id());
            }
        }
        assertEquals(List.of(), unused, "terms no page references");
    }

    @Test
    void thereAreAtLeast35ProblemsAndEverySqlProblemIsChecked() throws IOException {
        String text = read("content/interview/sql-coding-challenges.adoc");
        Matcher m = Pattern.compile("(?m)^=== (Problem|Python) (\\d+)\\b.*$").matcher(text);
        List<Integer> starts = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        while (m.find()) {
            starts.add(m.start());
            kinds.add(m.group(1));
        }
        assertTrue(starts.size() >= 35, "problems: " + starts.size());
        List<String> unchecked = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
            String body = text.substring(starts.get(i), end);
            String marker = kinds.get(i).equals("Problem") ? "[source,sql,check=result" : "[source,python,check=run";
            if (!body.contains(marker)) {
                unchecked.add(body.lines().findFirst().orElse(""));
            }
        }
        assertEquals(List.of(), unchecked, "problems whose solution the tests do not execute");
    }

    @Test
    void thereAreAtLeastFiveCaseStudies() throws IOException {
        String text = read("content/interview/case-studies.adoc");
        long cases = text.lines().filter(l -> l.startsWith("== Case:") || l.startsWith("== Worked example")).count();
        assertTrue(cases >= 5, "case studies: " + cases);
    }
}
