package handbook.examples;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;

/**
 * The PostgreSQL server the checked SQL examples run on: the one {@code HANDBOOK_PG_URL} names (a JDBC URL, with
 * {@code HANDBOOK_PG_USER} and {@code HANDBOOK_PG_PASSWORD}), else an embedded PostgreSQL 18 whose binaries and data
 * live under {@code target/}. Each chapter gets a fresh database of its own on it.
 *
 * <p>Connections use the simple query protocol, so every value arrives as PostgreSQL's own text output (what psql
 * prints) and {@code getString} returns it unchanged; binary transfer would make the driver re-format dates and
 * numbers in Java. The session settings that change how values print are pinned to the server defaults a reader
 * of the handbook has (a stock PostgreSQL in UTC), because the driver otherwise sends the JVM's time zone.
 */
final class PostgresServer implements AutoCloseable {

    private static final String SESSION_SETTINGS = "SET TimeZone = 'UTC'; SET DateStyle = 'ISO, MDY'; "
            + "SET IntervalStyle = 'postgres'; SET extra_float_digits = 1; SET statement_timeout = '20s'";

    private final EmbeddedPostgres embedded;
    private final String url;
    private final Properties properties;

    private PostgresServer(EmbeddedPostgres embedded, String url, String user, String password) {
        this.embedded = embedded;
        this.url = url;
        this.properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("preferQueryMode", "simple");
        properties.setProperty("ApplicationName", "handbook-checked-examples");
    }

    /** Connects to the server {@code environment} names, or starts the embedded one under {@code workDirectory}. */
    static PostgresServer start(Map<String, String> environment, Path workDirectory) throws IOException {
        String url = environment.get("HANDBOOK_PG_URL");
        if (url != null && !url.isBlank()) {
            return new PostgresServer(null, url, environment.getOrDefault("HANDBOOK_PG_USER", "postgres"),
                    environment.getOrDefault("HANDBOOK_PG_PASSWORD", ""));
        }
        Path home = workDirectory.resolve("embedded-postgres").toAbsolutePath();
        try {
            return startEmbedded(home);
        } catch (IOException | RuntimeException e) {
            throw new IOException("could not start the embedded PostgreSQL under " + home + " (as root it runs "
                    + "initdb under 'unshare -U', which needs user namespaces); set HANDBOOK_PG_URL, "
                    + "HANDBOOK_PG_USER and HANDBOOK_PG_PASSWORD to use a running PostgreSQL 15+ instead", e);
        }
    }

    private static PostgresServer startEmbedded(Path home) throws IOException {
        EmbeddedPostgres embedded = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(home.toFile())
                .setDataDirectory(home.resolve("data-" + ProcessHandle.current().pid()))
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("lc_messages", "C")
                .setServerConfig("timezone", "UTC")
                .start();
        return new PostgresServer(embedded, "jdbc:postgresql://localhost:" + embedded.getPort() + "/postgres",
                "postgres", "postgres");
    }

    /** {@code PostgreSQL 18.2 (embedded)}: the server's version and where it comes from, for the test log. */
    String version() throws SQLException {
        return "PostgreSQL " + setting("server_version") + (embedded == null ? " (HANDBOOK_PG_URL)" : " (embedded)");
    }

    /** {@code 170011} for 17.11: comparable, unlike the version text. */
    int versionNumber() throws SQLException {
        return Integer.parseInt(setting("server_version_num"));
    }

    private String setting(String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, properties);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT current_setting('" + name + "')")) {
            result.next();
            return result.getString(1);
        }
    }

    /**
     * Creates an empty database (dropping a leftover of the same name) and connects to it. Its collation is
     * {@code C}, byte order, so that {@code ORDER BY} on text gives the same rows on every machine.
     */
    Connection createDatabase(String name) throws SQLException {
        String quoted = quoteIdentifier(name);
        try (Connection admin = DriverManager.getConnection(url, properties);
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + quoted + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + quoted
                    + " TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER libc LC_COLLATE 'C'");
        }
        Connection connection = DriverManager.getConnection(withDatabase(url, name), properties);
        try (Statement statement = connection.createStatement()) {
            statement.execute(SESSION_SETTINGS);
        }
        return connection;
    }

    void dropDatabase(String name) throws SQLException {
        try (Connection admin = DriverManager.getConnection(url, properties);
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + quoteIdentifier(name) + " WITH (FORCE)");
        }
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }

    /** The same JDBC URL pointing at another database: {@code jdbc:postgresql://host:port/db?params}. */
    static String withDatabase(String jdbcUrl, String database) {
        String prefix = "jdbc:postgresql://";
        if (!jdbcUrl.startsWith(prefix)) {
            throw new IllegalArgumentException("HANDBOOK_PG_URL must start with " + prefix + ": " + jdbcUrl);
        }
        int query = jdbcUrl.indexOf('?');
        String params = query < 0 ? "" : jdbcUrl.substring(query);
        String address = jdbcUrl.substring(prefix.length(), query < 0 ? jdbcUrl.length() : query);
        int slash = address.indexOf('/');
        String host = slash < 0 ? address : address.substring(0, slash);
        return prefix + host + "/" + database + params;
    }

    private static String quoteIdentifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
