package org.broadsheet.billing;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** One real PostgreSQL server per test JVM. */
public final class EmbeddedPostgresHolder {

    private static EmbeddedPostgres postgres;

    private EmbeddedPostgresHolder() {
    }

    public static synchronized String jdbcUrl() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }
}
