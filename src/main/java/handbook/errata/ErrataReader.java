package handbook.errata;

import handbook.build.Problems;
import handbook.lint.SourceFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the errata: every {@code errata/*.txt} file, each a list of entries separated by blank lines, each entry
 * one {@code key: value} line per field ({@code date}, {@code chapter}, {@code section}, {@code severity},
 * {@code change}); lines starting with {@code #} are comments. Malformed entries are reported with file and line
 * (all of them, in one run) and left out; whether chapters and sections exist is {@link ErrataCheck}'s job.
 */
public final class ErrataReader {
    public static final String FOLDER = "errata";
    public static final String EXTENSION = ".txt";
    public static final List<String> KEYS = List.of("date", "chapter", "section", "severity", "change");
    public static final int MAX_CHANGE = 1000;

    private ErrataReader() {}

    public static List<Correction> read(Path projectDir, Problems problems) {
        List<Correction> corrections = new ArrayList<>();
        for (String file : files(projectDir, problems)) {
            SourceFiles.lines(projectDir, file, problems).ifPresent(lines -> corrections.addAll(parse(file, lines, problems)));
        }
        return corrections;
    }

    /** Parses one file's lines. */
    public static List<Correction> parse(String file, List<String> lines, Problems problems) {
        List<Correction> corrections = new ArrayList<>();
        Map<String, Field> entry = new LinkedHashMap<>();
        int start = 0;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "";
            if (line.isBlank()) {
                if (!entry.isEmpty()) {
                    toCorrection(file, start, entry, problems).ifPresent(corrections::add);
                    entry = new LinkedHashMap<>();
                }
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            int number = i + 1;
            if (entry.isEmpty()) {
                start = number;
            }
            int colon = line.indexOf(':');
            String key = colon > 0 ? line.substring(0, colon).strip().toLowerCase(Locale.ROOT) : "";
            if (colon <= 0 || !KEYS.contains(key)) {
                problems.error(file, number, "expected 'key: value' with a key among " + KEYS
                        + (colon > 0 ? ", not '" + line.substring(0, colon).strip() + "'" : "")
                        + " (entries are separated by one blank line)");
                continue;
            }
            if (entry.containsKey(key)) {
                problems.error(file, number, "'" + key + "' given twice in one entry (did you forget the blank line between entries?)");
                continue;
            }
            entry.put(key, new Field(line.substring(colon + 1).strip(), number));
        }
        return corrections;
    }

    private static Optional<Correction> toCorrection(String file, int start, Map<String, Field> entry, Problems problems) {
        boolean ok = true;
        for (String key : KEYS) {
            if (!entry.containsKey(key) || entry.get(key).value().isEmpty()) {
                problems.error(file, entry.containsKey(key) ? entry.get(key).line() : start, "the entry needs a value for '" + key + "'");
                ok = false;
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        LocalDate date = null;
        Field d = entry.get("date");
        try {
            date = d.value().matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(d.value()) : null;
        } catch (DateTimeParseException e) {
            date = null;
        }
        if (date == null) {
            problems.error(file, d.line(), "date must be a day written YYYY-MM-DD, not '" + d.value() + "'");
            ok = false;
        }
        Correction.Severity severity = null;
        Field s = entry.get("severity");
        for (Correction.Severity candidate : Correction.Severity.values()) {
            if (candidate.id().equals(s.value())) {
                severity = candidate;
            }
        }
        if (severity == null) {
            problems.error(file, s.line(), "severity must be one of wrong, outdated, misleading, not '" + s.value() + "'");
            ok = false;
        }
        Field c = entry.get("change");
        if (c.value().length() > MAX_CHANGE) {
            problems.error(file, c.line(), "change is " + c.value().length() + " characters; keep it under " + MAX_CHANGE
                    + " (what the text said and what is true now)");
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new Correction(date, entry.get("chapter").value(), entry.get("section").value(), severity,
                c.value(), file, start));
    }

    private static List<String> files(Path projectDir, Problems problems) {
        Path folder = projectDir.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<String> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.sorted().toList()) {
                String rel = FOLDER + "/" + p.getFileName();
                if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) && rel.endsWith(EXTENSION)) {
                    files.add(rel);
                } else {
                    problems.error(rel, 0, "the errata folder holds only plain " + EXTENSION + " files (no folders, links or other files)");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private record Field(String value, int line) {}
}
