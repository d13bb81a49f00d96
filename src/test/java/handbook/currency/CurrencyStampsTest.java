package handbook.currency;

import handbook.build.Problem;
import handbook.build.Problems;
import handbook.content.AdocHeaderReader;
import handbook.content.Chapter;
import handbook.content.Part;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The currency stamp of a chapter: required, well-formed, and a warning when it is old. */
class CurrencyStampsTest {
    private static final Chapter CHAPTER = new Chapter("core", "x", "X", 10, "S.", "", "content/core/x.adoc", "core/x.html");
    private static final Part PART = new Part("core", "Core", 1, "S.", "content/core/index.adoc", "core/index.html", List.of(CHAPTER));
    private static final Optional<LocalDate> NOW = Optional.of(LocalDate.of(2026, 12, 3));

    private static List<String> problems(Optional<LocalDate> now, String... header) {
        Problems problems = new Problems();
        CurrencyStamps.read(CHAPTER, PART, AdocHeaderReader.read(List.of(header)), now, problems);
        return problems.all().stream().map(Problem::format).toList();
    }

    @Test
    void readsAWellFormedStamp() {
        Problems problems = new Problems();
        CurrencyStamp stamp = CurrencyStamps.read(CHAPTER, PART, AdocHeaderReader.read(List.of("= X", ":order: 10",
                ":checked: 2026-12", ":versions: Apache Kafka 4.2;  Apache Spark 4.1 ; Amazon S3; DPDP Rules 2025", "", "Body.")),
                NOW, problems).orElseThrow();
        assertEquals(List.of(), problems.all());
        assertEquals(YearMonth.of(2026, 12), stamp.checked());
        assertEquals(List.of(new TechVersion("Apache Kafka", "4.2"), new TechVersion("Apache Spark", "4.1"),
                new TechVersion("Amazon S3", ""), new TechVersion("DPDP Rules", "2025")), stamp.versions());
        assertEquals("Core", stamp.partTitle());
    }

    @Test
    void aChapterWithoutAStampIsAnErrorAtItsTitle() {
        assertEquals(List.of(
                "content/core/x.adoc:1: error: a chapter needs :checked: YYYY-MM in its header: the month its facts were last checked against the versions in :versions: (see docs/authoring.md)",
                "content/core/x.adoc:1: error: a chapter needs :versions: in its header: the technologies it is checked against, with versions, separated by ';' (e.g. :versions: Apache Kafka 4.2; Apache Spark 4.1)"),
                problems(NOW, "= X", ":order: 10", "", ":checked: 2026-12", "(not in the header: after the blank line)"));
    }

    @Test
    void malformedValuesAreErrorsAtTheirLines() {
        assertEquals(List.of(
                "content/core/x.adoc:2: error: :checked: must be a month written YYYY-MM (e.g. 2026-12), not '2026-13'",
                "content/core/x.adoc:3: error: :versions: entry '' is not a plain name and version (at most 80 characters, no markup; entries separated by ';')",
                "content/core/x.adoc:3: error: :versions: entry '<b>Kafka</b> 4' is not a plain name and version (at most 80 characters, no markup; entries separated by ';')",
                "content/core/x.adoc:3: error: :versions: names apache spark twice"),
                problems(NOW, "= X", ":checked: 2026-13", ":versions: Apache Spark 4.1; apache spark 4.0; <b>Kafka</b> 4;"));
        assertEquals(List.of("content/core/x.adoc:2: error: :checked: must be a month written YYYY-MM (e.g. 2026-12), not 'December 2026'"),
                problems(NOW, "= X", ":checked: December 2026", ":versions: PostgreSQL 18"));
    }

    @Test
    void tooManyEntriesIsAnError() {
        String many = String.join("; ", java.util.stream.IntStream.rangeClosed(1, 13).mapToObj(i -> "Tech" + i + " 1").toList());
        assertEquals(List.of("content/core/x.adoc:3: error: :versions: lists 13 entries; at most 12 (name the technologies the chapter's facts depend on)"),
                problems(NOW, "= X", ":checked: 2026-12", ":versions: " + many));
    }

    @Test
    void aCheckMoreThanTwelveMonthsBeforeTheNewestCommitIsAWarning() {
        assertEquals(List.of(), problems(NOW, "= X", ":checked: 2025-12", ":versions: PostgreSQL 18"), "exactly 12 months: fine");
        assertEquals(List.of("content/core/x.adoc:2: warning: the facts were last checked in 2025-11, more than 12 months before "
                        + "the newest commit (2026-12-03): check the chapter against current releases and update :checked: and :versions:"),
                problems(NOW, "= X", ":checked: 2025-11", ":versions: PostgreSQL 18"));
        assertEquals(List.of(), problems(Optional.empty(), "= X", ":checked: 2020-01", ":versions: PostgreSQL 18"),
                "outside git there is no 'now', so no warning (never the clock)");
    }

    @Test
    void placeholdersFromTheScaffoldAreLeftToThePlaceholderRule() {
        assertEquals(List.of(), problems(NOW, "= X", ":checked: FILL-IN month", ":versions: FILL-IN versions"));
    }

    @Test
    void parsesEntries() {
        assertEquals(Optional.of(new TechVersion("GDPR", "2016/679")), TechVersion.parse(" GDPR 2016/679 "));
        assertEquals(Optional.of(new TechVersion("Kimball DWT 3rd edition", "")), TechVersion.parse("Kimball DWT 3rd edition"));
        assertEquals(Optional.of(new TechVersion("Apache Kafka", "4.x")), TechVersion.parse("Apache  Kafka\t4.x"));
        assertTrue(TechVersion.parse("x".repeat(81)).isEmpty());
        assertTrue(TechVersion.parse("{attr} 1").isEmpty());
        assertTrue(TechVersion.parse("-flag 1").isEmpty());
    }

    @Test
    void ordersVersionsNumerically() {
        List<String> versions = new java.util.ArrayList<>(List.of("4.0", "3.10", "", "3.9", "4.x", "2016/679"));
        versions.sort(VersionsPage::compareVersions);
        assertEquals(List.of("", "3.9", "3.10", "4.0", "4.x", "2016/679"), versions);
    }
}
