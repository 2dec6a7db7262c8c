package org.broadsheet.content.reader;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;

/** One real PostgreSQL server for the reader tests of this JVM, started on first use. */
final class ReaderPostgres {

    private static EmbeddedPostgres server;

    private ReaderPostgres() {
    }

    static void register(DynamicPropertyRegistry registry) {
        EmbeddedPostgres running = start();
        registry.add("spring.datasource.url", () -> url(running));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.datasource.driver-class-name", () -> "org.postgresql.Driver");
    }

    static String url(EmbeddedPostgres running) {
        return "jdbc:postgresql://localhost:" + running.getPort() + "/postgres";
    }

    static synchronized EmbeddedPostgres start() {
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
