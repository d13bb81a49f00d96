package handbook.currency;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The data of the generated "Versions" page and of each chapter's stamp line, as plain maps for the templates:
 * every technology the handbook is written against, each version with the chapters that rely on it.
 */
public final class VersionsPage {
    public static final String FILE = "content/versions.adoc";
    public static final String URI = "versions.html";
    public static final String DATA_FILE = "data/versions.yml";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private VersionsPage() {}

    /** The page's AsciiDoc source: title and introduction; the table is drawn by its template from {@link #data}. */
    public static String source() {
        return "= Versions the handbook is checked against\n:jbake-type: versions\n"
                + ":summary: Every technology, standard and book the chapters are checked against, with the version "
                + "and the month of the check, linking to the chapters that rely on it.\n\n"
                + "Each chapter states under its title when its facts were last checked and against which releases. "
                + "This page gathers those stamps: if you work with a newer release than the one listed, read the "
                + "chapter with its release notes at hand, and see xref:changes.adoc[What changed] for corrections "
                + "made since you last read it.\n";
    }

    /** {@code technologies}: by name, each with its versions and their chapters; {@code chapters}: every stamp. */
    public static Map<String, Object> data(List<CurrencyStamp> stamps) {
        Map<String, Map<String, List<CurrencyStamp>>> byTech = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        for (CurrencyStamp stamp : stamps) {
            for (TechVersion v : stamp.versions()) {
                names.putIfAbsent(v.key(), v.name());
                byTech.computeIfAbsent(v.key(), k -> new TreeMap<>(VersionsPage::compareVersions))
                        .computeIfAbsent(v.version(), k -> new ArrayList<>()).add(stamp);
            }
        }
        List<Object> technologies = new ArrayList<>();
        byTech.forEach((key, versions) -> {
            List<Object> list = new ArrayList<>();
            versions.forEach((version, chapters) -> list.add(Map.of(
                    "version", version.isEmpty() ? "" : version,
                    "chapters", chapters.stream().sorted(Comparator.comparing(CurrencyStamp::uri)).map(VersionsPage::chapter).toList())));
            technologies.add(Map.of("name", names.get(key), "id", "tech-" + slug(key), "versions", list));
        });
        return Map.of("technologies", technologies, "chapters", stamps.stream().map(VersionsPage::chapter).toList());
    }

    /** What a chapter page shows under its title. */
    public static Map<String, Object> stampLine(CurrencyStamp stamp) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("checked", stamp.checked().toString());
        line.put("checkedLabel", monthLabel(stamp.checked()));
        line.put("versions", stamp.versions().stream().map(v -> Map.of("name", v.name(), "version", v.version(),
                "id", "tech-" + slug(v.key()))).toList());
        return line;
    }

    public static String monthLabel(YearMonth month) {
        return month.format(MONTH);
    }

    private static Map<String, Object> chapter(CurrencyStamp s) {
        return Map.of("title", s.title(), "uri", s.uri(), "part", s.partTitle(), "checked", s.checked().toString(),
                "checkedLabel", monthLabel(s.checked()));
    }

    static String slug(String key) {
        String slug = key.replaceAll("[^a-z0-9]+", "-");
        slug = slug.replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "x" : slug;
    }

    /** Versions in reading order: numbers compared as numbers ({@code 3.9 < 3.10 < 4.0}); no version first. */
    static int compareVersions(String a, String b) {
        String[] x = a.split("(?<=\\d)(?=\\D)|(?<=\\D)(?=\\d)");
        String[] y = b.split("(?<=\\d)(?=\\D)|(?<=\\D)(?=\\d)");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c;
            if (!x[i].isEmpty() && !y[i].isEmpty() && Character.isDigit(x[i].charAt(0)) && Character.isDigit(y[i].charAt(0))) {
                c = new java.math.BigInteger(x[i]).compareTo(new java.math.BigInteger(y[i]));
            } else {
                c = x[i].compareTo(y[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
