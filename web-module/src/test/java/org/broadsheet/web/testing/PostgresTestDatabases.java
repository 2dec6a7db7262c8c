package org.broadsheet.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL server per test JVM, with one database per name asked for, so tests that keep
 * separate H2 databases keep separate PostgreSQL databases too.
 */
public final class PostgresTestDatabases {

    /** The system property that switches every test context to PostgreSQL: {@code broadsheet.test.database=postgres}. */
    public static final String SWITCH = "broadsheet.test.database";

    private static final Pattern H2_MEMORY = Pattern.compile("^jdbc:h2:mem:([^;]*).*$");
    private static final Pattern POSTGRES = Pattern.compile("^jdbc:postgresql://[^/]+/([^?]*).*$");

    private static EmbeddedPostgres server;
    private static final Set<String> created = new HashSet<>();

    private PostgresTestDatabases() {
    }

    /** Whether this test run asked for PostgreSQL instead of H2. */
    public static boolean requested() {
        return "postgres".equalsIgnoreCase(System.getProperty(SWITCH, ""));
    }

    /** The JDBC URL of the database standing in for this datasource URL (created on first use). */
    public static String urlFor(String datasourceUrl) {
        return jdbcUrl(databaseName(datasourceUrl));
    }

    /** The JDBC URL of a database of this name on the shared server, created when missing. */
    public static synchronized String jdbcUrl(String database) {
        EmbeddedPostgres postgres = server();
        if (created.add(database) && !"postgres".equals(database)) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
                boolean exists;
                try (PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                    query.setString(1, database);
                    try (ResultSet rows = query.executeQuery()) {
                        exists = rows.next();
                    }
                }
                if (!exists) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("create database \"" + database + "\"");
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create test database " + database, e);
            }
        }
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    static String databaseName(String datasourceUrl) {
        if (datasourceUrl == null || datasourceUrl.isBlank()) {
            return "t_default";
        }
        Matcher h2 = H2_MEMORY.matcher(datasourceUrl);
        if (h2.matches()) {
            String name = h2.group(1).isBlank() ? "default" : h2.group(1);
            return "t_" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        }
        Matcher postgres = POSTGRES.matcher(datasourceUrl);
        if (postgres.matches()) {
            return postgres.group(1);
        }
        return "t_" + Integer.toHexString(datasourceUrl.hashCode());
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "500")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        return server;
    }
}
