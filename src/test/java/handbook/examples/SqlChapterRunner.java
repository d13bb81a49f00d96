package handbook.examples;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Runs a chapter's checked SQL listings in order, in a fresh database of its own on the shared server, and drops
 * the database afterwards. Listings carry on after a failed one, as a reader's psql session would, so one run
 * reports every problem of a chapter (the first failure is usually the cause of the ones after it).
 */
final class SqlChapterRunner {

    private final PostgresServer server;

    SqlChapterRunner(PostgresServer server) {
        this.server = server;
    }

    ChapterReport run(ChapterExamples chapter) throws SQLException {
        String database = databaseName(chapter.file());
        List<ListingOutcome> outcomes;
        try (Connection connection = server.createDatabase(database)) {
            outcomes = chapter.examples("sql").stream().map(e -> SqlListingRunner.run(connection, e)).toList();
        } finally {
            server.dropDatabase(database);
        }
        return new ChapterReport(chapter.file(), "SQL", outcomes);
    }

    /** {@code content/core/advanced-sql.adoc} becomes {@code handbook_core_advanced_sql}, within 63 bytes. */
    static String databaseName(String file) {
        String slug = file.replaceFirst("^content/", "").replaceFirst("\\.adoc$", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        String name = "handbook_" + slug;
        return name.length() <= 63 ? name : name.substring(0, 63);
    }
}
