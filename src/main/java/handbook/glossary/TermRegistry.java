package handbook.glossary;

import handbook.build.Problems;
import handbook.content.AdocHeader;
import handbook.content.AdocHeaderReader;
import handbook.content.ContentScanner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the term files under {@code content/glossary/} and validates them as a whole: ids, required fields,
 * colliding names and aliases, and see-also / contrast-with references. Every problem names its file and line.
 */
public final class TermRegistry {
    public static final int SHORT_MAX = 200;
    public static final Set<String> TAGS = Set.of("core", "big-data", "cloud", "leadership", "interview");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Set<String> KNOWN_ATTRIBUTES = Set.of("aliases", "short", "see-also", "contrast-with", "tags");

    private TermRegistry() {}

    public static Glossary load(Path projectDir, Problems problems) {
        Path dir = projectDir.resolve("content").resolve(ContentScanner.GLOSSARY_FOLDER);
        List<Term> terms = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.sorted().toList()) {
                    String rel = projectDir.relativize(file).toString().replace('\\', '/');
                    if (!file.getFileName().toString().endsWith(".adoc")) {
                        problems.error(rel, 0, "only <term-id>.adoc files belong in content/glossary/");
                        continue;
                    }
                    read(file, rel, problems, lines).ifPresent(terms::add);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        validateReferences(terms, problems, lines);
        validateNames(terms, problems, lines);
        return new Glossary(terms);
    }

    private static java.util.Optional<Term> read(Path file, String rel, Problems problems, Map<String, Integer> lines) {
        String fileName = file.getFileName().toString();
        String id = fileName.substring(0, fileName.length() - ".adoc".length());
        List<String> text;
        try {
            text = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            problems.error(rel, 0, "the file is not valid UTF-8");
            return java.util.Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!ID.matcher(id).matches()) {
            problems.error(rel, 0, "a term file name is its id: lower-case kebab-case, e.g. change-data-capture.adoc");
        }
        AdocHeader header = AdocHeaderReader.read(text);
        if (header.title() == null) {
            problems.error(rel, 1, "missing term name: the first line must be '= Name'");
            return java.util.Optional.empty();
        }
        header.attributes().forEach((name, entry) -> {
            if (!KNOWN_ATTRIBUTES.contains(name)) {
                problems.error(rel, entry.line(), "unknown term attribute :" + name + ": (allowed: "
                        + KNOWN_ATTRIBUTES.stream().sorted().toList() + ")");
            }
        });
        String shortDef = header.value("short", "").strip();
        if (shortDef.isEmpty()) {
            problems.error(rel, header.anchorLine(), "missing :short: definition (one line, at most " + SHORT_MAX + " characters)");
        } else if (shortDef.length() > SHORT_MAX) {
            problems.error(rel, header.attribute("short").get().line(), ":short: is " + shortDef.length()
                    + " characters; a tooltip holds at most " + SHORT_MAX);
        }
        List<String> tags = list(header.value("tags", ""));
        for (String tag : tags) {
            if (!TAGS.contains(tag)) {
                problems.error(rel, header.attribute("tags").get().line(), "unknown tag '" + tag + "' (allowed: "
                        + TAGS.stream().sorted().toList() + ")");
            }
        }
        int bodyStart = header.attributes().values().stream().mapToInt(AdocHeader.Entry::line).max().orElse(header.titleLine());
        String body = String.join("\n", text.subList(Math.min(bodyStart, text.size()), text.size())).strip();
        if (body.isEmpty()) {
            problems.error(rel, header.anchorLine(), "missing longer definition: write it below the header");
        }
        for (int i = bodyStart; i < text.size(); i++) {
            if (text.get(i).startsWith("=")&& text.get(i).matches("^={1,6}\\s.*")) {
                problems.error(rel, i + 1, "a term's definition cannot contain headings");
            }
        }
        lines.put(id + "#see-also", header.attribute("see-also").map(AdocHeader.Entry::line).orElse(0));
        lines.put(id + "#contrast-with", header.attribute("contrast-with").map(AdocHeader.Entry::line).orElse(0));
        lines.put(id + "#aliases", header.attribute("aliases").map(AdocHeader.Entry::line).orElse(0));
        lines.put(id + "#title", header.titleLine());
        return java.util.Optional.of(new Term(id, header.title(), list(header.value("aliases", "")), shortDef, body,
                list(header.value("see-also", "")), list(header.value("contrast-with", "")), tags, rel));
    }

    private static void validateReferences(List<Term> terms, Problems problems, Map<String, Integer> lines) {
        Set<String> ids = new java.util.HashSet<>();
        terms.forEach(t -> ids.add(t.id()));
        for (Term t : terms) {
            for (String ref : t.seeAlso()) {
                if (!ids.contains(ref)) {
                    problems.error(t.source(), lines.get(t.id() + "#see-also"), ":see-also: names an unknown term id '" + ref + "'");
                } else if (ref.equals(t.id())) {
                    problems.error(t.source(), lines.get(t.id() + "#see-also"), ":see-also: names the term itself");
                }
            }
            for (String ref : t.contrastWith()) {
                if (!ids.contains(ref)) {
                    problems.error(t.source(), lines.get(t.id() + "#contrast-with"), ":contrast-with: names an unknown term id '" + ref + "'");
                }
            }
        }
    }

    /** A name or alias may stand for one term only: otherwise search and the filter box would be ambiguous. */
    private static void validateNames(List<Term> terms, Problems problems, Map<String, Integer> lines) {
        Map<String, Term> owner = new HashMap<>();
        for (Term t : terms) {
            List<String> names = t.names();
            for (int i = 0; i < names.size(); i++) {
                String key = names.get(i).toLowerCase(Locale.ROOT);
                Term first = owner.putIfAbsent(key, t);
                if (first != null && first != t) {
                    int line = i == 0 ? lines.get(t.id() + "#title") : lines.get(t.id() + "#aliases");
                    problems.error(t.source(), line, (i == 0 ? "name" : "alias") + " '" + names.get(i)
                            + "' is already a name or alias of " + first.source());
                }
            }
        }
    }

    static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
