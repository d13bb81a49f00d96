package handbook.search.lunr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic corpus of handbook-like sections for the identity test and the benchmark: titles of 3–8 words and
 * bodies of 150–300 words, drawn with a Zipf distribution from common English (stop words included), data
 * engineering terms with their inflections, and a long tail of invented words, with the punctuation, numbers,
 * identifiers, hyphenation, dashes and occasional accents of real prose. Refs are base-36 numbers as the site
 * uses, so {@code "0"}–{@code "9"}, {@code "10"}… are integer-like and exercise JavaScript's key order.
 */
final class LunrCorpus {
    private static final String COMMON = "the of and to a in is that for it as with on be by this are or from at "
            + "which an not can you your we when data if all will each one more has have but they their its into "
            + "only other than then so these them also how what where why should would could may use used using "
            + "time first new two way many most some such like same just over both after before between through "
            + "during without within because while rather often every either neither however since among";
    private static final String DOMAIN = "table query join index partition warehouse pipeline schema column row "
            + "batch stream event window watermark shuffle spark kafka topic offset consumer producer broker "
            + "replica leader commit transaction isolation snapshot lock deadlock latency throughput backfill "
            + "orchestrate schedule retry idempotent dedupe merge upsert insert update delete key value store "
            + "cache memory disk file format parquet avro orc compression encode decode serialize dimension fact "
            + "model normalize denormalize aggregate group filter sort order rank distinct count sum average "
            + "median percentile sample estimate cardinality hash bucket skew salt broadcast cluster node "
            + "executor driver task stage job workflow dag airflow operator sensor trigger lineage catalog "
            + "metadata governance quality test contract validate monitor alert incident outage recover "
            + "checkpoint state exactly once delivery ordering duplicate late arrive process compute storage "
            + "object lake lakehouse delta iceberg hudi vacuum compact optimize z-order clustering statistics "
            + "optimizer plan cost predicate pushdown projection prune scan read write interview candidate "
            + "design system scale tradeoff requirement estimate capacity budget team lead mentor review "
            + "generalization oscillate relational conditional effective adjustable dependent replacement "
            + "hopping yelling agreed sky try array analyze analytical engineer engineering senior question";
    private static final List<String> DOMAIN_WORDS = List.of(DOMAIN.split(" "));
    private static final String[] SUFFIXES = {"", "", "", "s", "ed", "ing", "er", "ation", "ly", "ness", "ization",
            "able", "ment", "al", "ive"};
    private static final String[] SYLLABLES = {"ba", "cor", "de", "fen", "gra", "hol", "ix", "jun", "kel", "lo",
            "mar", "nis", "op", "pra", "qui", "ros", "sta", "tru", "ul", "ven", "wex", "yo", "zan", "th", "ch"};
    private static final String[] DECORATED = {"café", "naïve", "Straße", "résumé", "数据仓库", "İstanbul", "ΟΔΟΣ",
            "end-to-end", "real-time", "spark.sql.shuffle.partitions", "user_id", "SELECT", "COUNT(*)", "O(n log n)",
            "p99", "10%", "3.5", "2024", "1,000", "—", "e.g.", "i.e.", "don't", "it's", "(see", "above)"};

    private final Random random;
    private final String[] vocabulary;
    private final double[] cumulative;

    private LunrCorpus(long seed) {
        this.random = new Random(seed);
        Set<String> words = new LinkedHashSet<>(Arrays.asList(COMMON.split(" ")));
        for (String suffix : SUFFIXES) {
            for (String term : DOMAIN_WORDS) {
                words.add(term + suffix);
            }
        }
        while (words.size() < 30_000) {
            StringBuilder word = new StringBuilder();
            int syllables = 2 + random.nextInt(3);
            for (int i = 0; i < syllables; i++) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            words.add(word.append(SUFFIXES[random.nextInt(SUFFIXES.length)]).toString());
        }
        this.vocabulary = words.toArray(String[]::new);
        this.cumulative = new double[vocabulary.length];
        double total = 0;
        for (int rank = 0; rank < vocabulary.length; rank++) {
            total += 1 / Math.pow(rank + 1, 1.05);
            cumulative[rank] = total;
        }
    }

    static LunrSettings settings(List<String> metadataWhitelist) {
        return new LunrSettings("id", List.of(new LunrField("title", 10), new LunrField("body", 1)),
                metadataWhitelist);
    }

    /** {@code count} documents, the same for the same seed. */
    static List<LunrDocument> generate(int count, long seed) {
        LunrCorpus corpus = new LunrCorpus(seed);
        List<LunrDocument> documents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            documents.add(LunrDocument.of(Integer.toString(i, 36),
                    Map.of("title", corpus.title(), "body", corpus.body())));
        }
        return documents;
    }

    private String title() {
        StringBuilder title = new StringBuilder();
        int words = 3 + random.nextInt(6);
        for (int i = 0; i < words; i++) {
            String word = i % 2 == 0 ? DOMAIN_WORDS.get(random.nextInt(40)) : word();
            title.append(i == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return title.toString();
    }

    private String body() {
        StringBuilder body = new StringBuilder();
        int words = 150 + random.nextInt(151);
        boolean sentenceStart = true;
        for (int i = 0; i < words; i++) {
            String word = random.nextInt(40) == 0 ? DECORATED[random.nextInt(DECORATED.length)] : word();
            if (sentenceStart) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
            body.append(i == 0 ? "" : " ").append(word);
            int mark = random.nextInt(20);
            sentenceStart = mark == 0;
            body.append(mark == 0 ? "." : mark == 1 ? "," : mark == 2 && i + 1 < words ? " -" : "");
        }
        return body.append('.').toString();
    }

    private String word() {
        int rank = Arrays.binarySearch(cumulative, random.nextDouble() * cumulative[cumulative.length - 1]);
        return vocabulary[rank >= 0 ? rank : Math.min(-rank - 1, vocabulary.length - 1)];
    }
}
