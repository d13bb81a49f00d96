package handbook.lint;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ids a rendered page will have, computed from its source: explicit anchors ({@code [[id]]}, {@code [#id]},
 * {@code anchor:id[]}, {@code id=}) and the ids Asciidoctor generates for headings with the build's settings
 * ({@code idprefix} empty, {@code idseparator} "-"): lower-case the converted title, drop tags, entities and
 * characters that are not word characters, spaces, hyphens or periods, turn runs of spaces, periods and hyphens into
 * one "-", trim "-"; a taken id gets "-2", "-3"... in document order.
 *
 * @param ids every id, in document order
 * @param titles heading title as written → its id, for natural cross references such as {@code <<Senior signals>>}
 */
public record SectionIds(Set<String> ids, Map<String, String> titles) {
    private static final String ID = "[\\p{L}_:][\\p{L}\\p{M}\\p{Nd}\\p{Pc}:.-]*";
    private static final Pattern INVALID = Pattern.compile(
            "<[^>]+>|&(?:[a-z][a-z]+\\d{0,2}|#\\d\\d\\d{0,4}|#x[\\da-f][\\da-f][\\da-f]{0,3});|[^ \\p{L}\\p{M}\\p{Nd}\\p{Pc}\\-.]+?");
    private static final Pattern SEPARATORS = Pattern.compile("[ .\\-]+");
    private static final Pattern INLINE_ANCHOR = Pattern.compile("\\[\\[(" + ID + ")(?:, *[^\\]]*)?]]|anchor:(" + ID
            + ")\\[|\\[#(" + ID + ")(?:[.%][^\\]]*)?][#*_`]");
    private static final Pattern ENTRY = Pattern.compile(":([\\w][\\w-]*):[ \\t]*(.*)");

    public SectionIds {
        ids = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(ids));
        titles = Map.copyOf(titles);
    }

    /**
     * Files whose ids were computed lately, by their lines: the ids are a pure function of the text, and one build
     * asks for the same page's ids from several places (the lint's link rule, the errata check, the "what changed"
     * page), as does every preview rebuild for the pages that did not change. Bounded: least recently used first out.
     */
    private static final int REMEMBERED = 256;
    private static final Map<List<String>, SectionIds> RECENT = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<String>, SectionIds> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** The ids of a file, given its lines as read ({@link SourceFiles#lines}). */
    public static SectionIds ofSource(List<String> lines) {
        List<String> key = List.copyOf(lines);
        synchronized (RECENT) {
            SectionIds known = RECENT.get(key);
            if (known != null) {
                return known;
            }
        }
        SectionIds ids = of(BlockScanner.scan(key));
        synchronized (RECENT) {
            RECENT.put(key, ids);
        }
        return ids;
    }

    /** The ids of one scanned file. */
    public static SectionIds of(List<AdocLine> lines) {
        Map<Integer, Heading> headings = new LinkedHashMap<>();
        Heading.of(lines).forEach(h -> headings.put(h.line(), h));
        Map<String, String> attributes = new LinkedHashMap<>();
        Set<String> ids = new LinkedHashSet<>();
        Map<String, String> titles = new LinkedHashMap<>();
        int titleLine = handbook.content.AdocHeaderReader.read(lines.stream().map(AdocLine::text).toList()).titleLine();
        for (AdocLine line : lines) {
            if (!line.isText()) {
                continue;
            }
            Matcher entry = ENTRY.matcher(line.text());
            if (entry.matches()) {
                attributes.put(entry.group(1).toLowerCase(Locale.ROOT), entry.group(2));
            }
            if (line.isBlockAttributes()) {
                AttributeList.parse(line.text()).id().ifPresent(ids::add);
            }
            Matcher anchor = INLINE_ANCHOR.matcher(line.text());
            while (anchor.find()) {
                ids.add(anchor.group(1) != null ? anchor.group(1) : anchor.group(2) != null ? anchor.group(2) : anchor.group(3));
            }
            Heading h = headings.get(line.number());
            if (h != null && h.line() != titleLine) {
                String id = h.explicitId().orElseGet(() -> unique(generate(TitleText.convert(h.title(), attributes)), ids));
                ids.add(id);
                titles.putIfAbsent(h.title(), id);
            }
        }
        return new SectionIds(ids, titles);
    }

    /** Asciidoctor's id for an already converted title, before de-duplication. */
    static String generate(String convertedTitle) {
        String id = INVALID.matcher(convertedTitle.toLowerCase(Locale.ROOT)).replaceAll("");
        id = SEPARATORS.matcher(id).replaceAll("-");
        if (id.endsWith("-")) {
            id = id.substring(0, id.length() - 1);
        }
        return id.startsWith("-") ? id.substring(1) : id;
    }

    private static String unique(String id, Set<String> taken) {
        if (!taken.contains(id)) {
            return id;
        }
        int n = 2;
        while (taken.contains(id + "-" + n)) {
            n++;
        }
        return id + "-" + n;
    }
}
