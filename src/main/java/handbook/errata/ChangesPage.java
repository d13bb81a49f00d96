package handbook.errata;

import handbook.content.Chapter;
import handbook.content.SiteContent;
import handbook.glossary.Glossary;
import handbook.glossary.Term;
import handbook.lint.LinkTargets;
import handbook.lint.SectionIds;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The data of the generated "What changed" page (every correction, newest first, grouped by day and then by
 * chapter in reading order) and of the corrections list each chapter page links to, as plain maps for templates.
 */
public final class ChangesPage {
    public static final String FILE = "content/changes.adoc";
    public static final String URI = "changes.html";
    public static final String DATA_FILE = "data/changes.yml";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private ChangesPage() {}

    /** The page's AsciiDoc source: title and introduction; the entries are drawn by its template. */
    public static String source() {
        return "= What changed\n:jbake-type: changes\n"
                + ":summary: Corrections to the handbook, newest first: what a chapter used to say, what is true now, "
                + "and how serious the difference is.\n\n"
                + "If you studied an earlier version of the handbook, read the corrections since then: an answer that "
                + "was wrong or has gone out of date is worse in an interview than no answer. Each chapter links to its "
                + "own corrections, and states under its title when its facts were last checked "
                + "(see xref:versions.adoc[Versions]). Found something wrong? Use \"Report a problem\" at the foot of "
                + "any page.\n";
    }

    /**
     * {@code days}: newest first, each with its chapter groups (anchor, title, link) and their entries;
     * {@code counts}: entries per severity; {@code byPage}: chapter URI → that chapter's groups, for its page.
     */
    public static Map<String, Object> data(List<Correction> corrections, SiteContent site, Glossary glossary,
                                           LinkTargets targets) {
        Map<String, Integer> order = new HashMap<>();
        List<Chapter> chapters = site.chapters();
        for (int i = 0; i < chapters.size(); i++) {
            order.put(id(chapters.get(i)), i);
        }
        order.put(Correction.GLOSSARY, chapters.size());
        Map<LocalDate, Map<String, List<Correction>>> byDay = new TreeMap<>(Comparator.reverseOrder());
        for (Correction c : corrections) {
            byDay.computeIfAbsent(c.date(), d -> new TreeMap<>(Comparator.comparing((String ch) -> order.getOrDefault(ch, Integer.MAX_VALUE))
                    .thenComparing(Comparator.naturalOrder()))).computeIfAbsent(c.chapter(), k -> new ArrayList<>()).add(c);
        }
        List<Object> days = new ArrayList<>();
        Map<String, List<Object>> byPage = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (Correction.Severity s : Correction.Severity.values()) {
            counts.put(s.id(), 0);
        }
        byDay.forEach((day, groups) -> {
            List<Object> dayGroups = new ArrayList<>();
            groups.forEach((chapterId, entries) -> {
                Target target = target(chapterId, site, glossary);
                String anchor = "changes-" + day + "-" + chapterId.replace('/', '-');
                Map<String, String> titles = sectionTitles(target.source(), targets);
                List<Object> items = new ArrayList<>();
                entries.stream().sorted(Comparator.comparing(Correction::severity)).forEach(c -> {
                    counts.merge(c.severity().id(), 1, Integer::sum);
                    items.add(entry(c, target, titles, glossary));
                });
                dayGroups.add(Map.of("anchor", anchor, "title", target.title(), "uri", target.uri(), "entries", items));
                if (target.isChapter()) {
                    byPage.computeIfAbsent(target.uri(), k -> new ArrayList<>()).add(Map.of("anchor", anchor,
                            "dateLabel", day.format(DAY), "date", day.toString(), "count", entries.size()));
                }
            });
            days.add(Map.of("date", day.toString(), "dateLabel", day.format(DAY), "groups", dayGroups));
        });
        return Map.of("days", days, "counts", counts, "total", corrections.size(), "byPage", byPage,
                "severities", List.of(Correction.Severity.values()).stream()
                        .map(s -> Map.of("id", s.id(), "label", s.label(), "meaning", s.meaning())).toList());
    }

    private static Map<String, Object> entry(Correction c, Target target, Map<String, String> titles, Glossary glossary) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("severity", c.severity().id());
        e.put("severityLabel", c.severity().label());
        e.put("change", c.change());
        if (c.isGlossary()) {
            Term term = glossary.find(c.section()).orElseThrow();
            e.put("section", term.name());
            e.put("href", target.uri() + "#" + term.anchor());
        } else {
            e.put("section", titles.getOrDefault(c.section(), c.section()));
            e.put("href", target.uri() + "#" + c.section());
        }
        return e;
    }

    /** Section id → heading text as written (the page shows it as the link text). */
    private static Map<String, String> sectionTitles(String source, LinkTargets targets) {
        Map<String, String> byId = new HashMap<>();
        if (source != null) {
            targets.idsOf(source).map(SectionIds::titles).ifPresent(t -> t.forEach((title, id) -> byId.putIfAbsent(id, plain(title))));
        }
        return byId;
    }

    /** Heading source to reading text: inline markup characters and term macros reduced to their words. */
    static String plain(String title) {
        String t = title.replaceAll("term:[a-z0-9-]+\\[([^\\]]+)]", "$1")
                .replaceAll("term:([a-z0-9-]+)\\[]", "$1")
                .replace("`", "").replace("*", "");
        return t.replaceAll("\\s+", " ").strip();
    }

    private static Target target(String chapterId, SiteContent site, Glossary glossary) {
        if (chapterId.equals(Correction.GLOSSARY)) {
            return new Target("Glossary", "glossary.html", null, false);
        }
        Chapter ch = ErrataCheck.chapter(site, chapterId).orElseThrow(
                () -> new IllegalStateException("unknown chapter in errata (the lint reports it): " + chapterId));
        return new Target(ch.title(), ch.uri(), ch.source(), true);
    }

    static String id(Chapter chapter) {
        return chapter.partId() + "/" + chapter.slug();
    }

    private record Target(String title, String uri, String source, boolean isChapter) {}
}
