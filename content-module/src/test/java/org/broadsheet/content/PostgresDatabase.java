package org.broadsheet.content;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;

/** One real PostgreSQL server for the whole test JVM, started on first use. */
public final class PostgresDatabase {

    private static EmbeddedPostgres server;

    private PostgresDatabase() {
    }

    /** Points the test's datasource at the shared server's {@code postgres} database. */
    public static void register(DynamicPropertyRegistry registry) {
        EmbeddedPostgres running = start();
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + running.getPort() + "/postgres");
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.datasource.driver-class-name", () -> "org.postgresql.Driver");
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
