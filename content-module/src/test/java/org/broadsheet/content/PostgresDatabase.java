package org.broadsheet.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;

/** One real PostgreSQL server for the whole test JVM, started on first use. */
public final class PostgresDatabase {

    private static EmbeddedPostgres server;

    private PostgresDatabase() {
    }

    /** Points the test's datasource at the shared server's {@code postgres} database. */
    public static void register(DynamicPropertyRegistry registry) {
        register(registry, "postgres");
    }

    /** Points the test's datasource at a database of its own on the shared server, created when missing. */
    public static void register(DynamicPropertyRegistry registry, String database) {
        EmbeddedPostgres running = start();
        if (!"postgres".equals(database)) {
            create(running, database);
        }
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + running.getPort() + "/" + database);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.datasource.driver-class-name", () -> "org.postgresql.Driver");
    }

    /** The JDBC URL of a database on the shared server, started when needed. */
    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + start().getPort() + "/" + database;
    }

    private static synchronized void create(EmbeddedPostgres running, String database) {
        try (Connection connection = running.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + database + "'")) {
                if (exists.next()) {
                    return;
                }
            }
            statement.execute("create database " + database);
        }
        catch (SQLException failed) {
            throw new IllegalStateException("Cannot create database " + database, failed);
        }
    }

    private static synchronized EmbeddedPostgres start() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.start();
            }
            catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                }
                catch (IOException ignored) {
                    // the JVM is exiting anyway
                }
            }));
        }
        return server;
    }
}
