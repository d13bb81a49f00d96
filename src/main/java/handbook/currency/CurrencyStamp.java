package handbook.currency;

import java.time.YearMonth;
import java.util.List;

/**
 * When a chapter's facts were last checked and against which versions ({@code :checked: 2026-12},
 * {@code :versions: Apache Kafka 4.2; Apache Spark 4.1}).
 *
 * @param source the chapter file ({@code content/big-data/kafka-fundamentals.adoc})
 * @param uri the chapter page ({@code big-data/kafka-fundamentals.html})
 */
public record CurrencyStamp(String source, String uri, String title, String partTitle, YearMonth checked,
                            List<TechVersion> versions) {

    public CurrencyStamp {
        versions = List.copyOf(versions);
    }
}
