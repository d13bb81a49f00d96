package handbook.practice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks a built site's {@code questions.json} and {@code questions-anki.csv} against the AsciiDoc sources: one
 * entry per question block and per challenge heading, every field filled, unique ids, and a CSV that parses into
 * rows of four cells. Used by the fixture build test and, on the real handbook, by {@code QuestionBankIT}.
 */
public final class QuestionBankFiles {
    private static final Pattern CHALLENGE = Pattern.compile("^===\\s+(Problem|Python)\\s+\\d+\\s*\\((Easy|Medium|Hard)\\)\\s*:.*");

    private QuestionBankFiles() {}

    /** Question blocks ({@code [.question…}) and challenge headings in the chapters under {@code content}. */
    public static int sourceQuestions(Path content) {
        int n = 0;
        try (Stream<Path> files = Files.walk(content)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".adoc") && !p.toString().contains("/glossary/")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.startsWith("[.question") || CHALLENGE.matcher(line).matches()) {
                        n++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    /** Asserts that the site's question files are complete; returns the number of questions. */
    public static int assertComplete(Path content, Path site) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readString(site.resolve("questions.json")));
        JsonNode questions = root.get("questions");
        assertEquals(sourceQuestions(content), questions.size(), "one entry per question block and challenge in the sources");
        Set<String> ids = new HashSet<>();
        for (JsonNode q : questions) {
            String id = q.get("id").asText();
            assertTrue(ids.add(id), "unique id " + id);
            for (String field : List.of("id", "kind", "text", "answer", "level", "round", "part", "chapter", "section", "anchor")) {
                assertFalse(q.path(field).asText().isBlank(), id + " has " + field);
            }
            assertTrue(q.get("terms").isArray(), id + " has terms");
            assertTrue(root.get("chapters").has(q.get("chapter").asText()), id + "'s chapter has a title");
            assertTrue(root.get("parts").has(q.get("part").asText()), id + "'s part has a title");
        }
        List<List<String>> rows = parseCsv(Files.readString(site.resolve("questions-anki.csv")));
        assertEquals(questions.size(), rows.size(), "one Anki note per question");
        for (List<String> row : rows) {
            assertEquals(4, row.size(), row.toString());
            assertTrue(ids.contains(row.get(0)), row.get(0));
            assertTrue(row.get(3).contains("sde-handbook::level::") && row.get(3).contains("sde-handbook::round::")
                    && row.get(3).contains("sde-handbook::part::") && row.get(3).contains("sde-handbook::chapter::"), row.get(3));
        }
        return questions.size();
    }

    /** RFC 4180 CSV without Anki's {@code #} header lines: quoted cells, doubled quotes, commas and newlines inside quotes. */
    public static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean atLineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (atLineStart && c == '#') {
                i = text.indexOf('\n', i);
                if (i < 0) {
                    break;
                }
                continue;
            }
            atLineStart = false;
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                assertEquals(0, cell.length(), "a quote opens a cell");
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                atLineStart = true;
            } else {
                throw new AssertionError("unquoted character " + c + " at " + i);
            }
        }
        assertFalse(quoted, "every quoted cell is closed");
        return rows;
    }
}
