package handbook.currency;

import handbook.build.Problems;
import handbook.content.AdocHeader;
import handbook.content.AdocHeaderReader;
import handbook.content.Chapter;
import handbook.content.Part;
import handbook.content.SiteContent;
import handbook.lint.PlaceholderRule;
import handbook.lint.SourceFiles;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks every chapter's currency stamp. A chapter without {@code :checked:} (a month, {@code YYYY-MM})
 * or {@code :versions:} (entries separated by {@code ;}) is an error; a malformed value is an error at its line; a
 * check date more than {@link #STALE_AFTER_MONTHS} months before the newest commit is a warning. "Now" is the
 * newest commit's date, never the clock, so the same commit always gives the same result.
 */
public final class CurrencyStamps {
    public static final int STALE_AFTER_MONTHS = 12;
    public static final int MAX_ENTRIES = 12;
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private CurrencyStamps() {}

    /** @param now the newest commit's date; empty outside a git checkout (no stale check then) */
    public static List<CurrencyStamp> read(Path projectDir, SiteContent site, Optional<LocalDate> now, Problems problems) {
        List<CurrencyStamp> stamps = new ArrayList<>();
        for (Part part : site.parts()) {
            for (Chapter chapter : part.chapters()) {
                SourceFiles.lines(projectDir, chapter.source(), problems)
                        .flatMap(lines -> read(chapter, part, AdocHeaderReader.read(lines), now, problems))
                        .ifPresent(stamps::add);
            }
        }
        return stamps;
    }

    static Optional<CurrencyStamp> read(Chapter chapter, Part part, AdocHeader header, Optional<LocalDate> now,
                                        Problems problems) {
        String file = chapter.source();
        Optional<YearMonth> checked = checked(file, header, problems);
        Optional<List<TechVersion>> versions = versions(file, header, problems);
        if (checked.isEmpty() || versions.isEmpty()) {
            return Optional.empty();
        }
        now.map(YearMonth::from).filter(n -> n.isAfter(checked.get().plusMonths(STALE_AFTER_MONTHS))).ifPresent(n ->
                problems.warning(file, header.attribute("checked").orElseThrow().line(), "the facts were last checked in "
                        + checked.get() + ", more than " + STALE_AFTER_MONTHS + " months before the newest commit ("
                        + now.get() + "): check the chapter against current releases and update :checked: and :versions:"));
        return Optional.of(new CurrencyStamp(file, chapter.uri(), chapter.title(), part.title(), checked.get(), versions.get()));
    }

    private static Optional<YearMonth> checked(String file, AdocHeader header, Problems problems) {
        Optional<AdocHeader.Entry> entry = header.attribute("checked");
        if (entry.isEmpty()) {
            problems.error(file, header.anchorLine(), "a chapter needs :checked: YYYY-MM in its header: the month its "
                    + "facts were last checked against the versions in :versions: (see docs/authoring.md)");
            return Optional.empty();
        }
        String value = entry.get().value() == null ? "" : entry.get().value().strip();
        if (value.contains(PlaceholderRule.MARKER)) {
            return Optional.empty(); // the placeholder rule reports it
        }
        if (MONTH.matcher(value).matches()) {
            try {
                return Optional.of(YearMonth.parse(value));
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        problems.error(file, entry.get().line(), ":checked: must be a month written YYYY-MM (e.g. 2026-12), not '" + value + "'");
        return Optional.empty();
    }

    private static Optional<List<TechVersion>> versions(String file, AdocHeader header, Problems problems) {
        Optional<AdocHeader.Entry> entry = header.attribute("versions");
        if (entry.isEmpty()) {
            problems.error(file, header.anchorLine(), "a chapter needs :versions: in its header: the technologies it is "
                    + "checked against, with versions, separated by ';' (e.g. :versions: Apache Kafka 4.2; Apache Spark 4.1)");
            return Optional.empty();
        }
        int line = entry.get().line();
        String value = entry.get().value() == null ? "" : entry.get().value();
        if (value.contains(PlaceholderRule.MARKER)) {
            return Optional.empty(); // the placeholder rule reports it
        }
        List<TechVersion> versions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean ok = true;
        for (String part : value.split(";", -1)) {
            Optional<TechVersion> v = TechVersion.parse(part);
            if (v.isEmpty()) {
                problems.error(file, line, ":versions: entry '" + part.strip() + "' is not a plain name and version "
                        + "(at most " + TechVersion.MAX_LENGTH + " characters, no markup; entries separated by ';')");
                ok = false;
            } else if (!seen.add(v.get().key())) {
                problems.error(file, line, ":versions: names " + v.get().name() + " twice");
                ok = false;
            } else {
                versions.add(v.get());
            }
        }
        if (ok && versions.size() > MAX_ENTRIES) {
            problems.error(file, line, ":versions: lists " + versions.size() + " entries; at most " + MAX_ENTRIES
                    + " (name the technologies the chapter's facts depend on)");
            ok = false;
        }
        return ok ? Optional.of(versions) : Optional.empty();
    }
}
