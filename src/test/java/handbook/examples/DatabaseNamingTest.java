package handbook.examples;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DatabaseNamingTest {

    @Test
    void namesAChaptersDatabaseAfterItsPathWithinPostgresLimit() {
        assertEquals("handbook_core_advanced_sql", SqlChapterRunner.databaseName("content/core/advanced-sql.adoc"));
        assertEquals(63, SqlChapterRunner.databaseName("content/" + "x".repeat(100) + ".adoc").length());
    }

    @Test
    void pointsAJdbcUrlAtAnotherDatabaseKeepingHostAndParameters() {
        assertEquals("jdbc:postgresql://db:5433/handbook_a?sslmode=disable",
                PostgresServer.withDatabase("jdbc:postgresql://db:5433/postgres?sslmode=disable", "handbook_a"));
        assertEquals("jdbc:postgresql://localhost/handbook_a",
                PostgresServer.withDatabase("jdbc:postgresql://localhost", "handbook_a"));
        assertThrows(IllegalArgumentException.class, () -> PostgresServer.withDatabase("jdbc:h2:mem:x", "a"));
    }
}
