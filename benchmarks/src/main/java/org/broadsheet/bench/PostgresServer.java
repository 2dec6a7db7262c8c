package org.broadsheet.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * bench/load.sh's PostgreSQL for the feed case: an embedded PostgreSQL server (the binaries zonky ships) in a process
 * of its own, with an empty {@code broadsheet} database. Writes the JDBC URL (user {@code postgres}, no password) into
 * the file named by the first argument and runs until killed.
 */
public final class PostgresServer {

    private PostgresServer() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "60")
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("shared_buffers", "128MB")
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            }
            catch (Exception ignored) {
                // the process ends anyway
            }
        }));
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE broadsheet");
        }
        String url = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/broadsheet";
        Path out = Path.of(args.length > 0 ? args[0] : "postgres-url.txt");
        Files.writeString(out.resolveSibling(out.getFileName() + ".tmp"), url);
        Files.move(out.resolveSibling(out.getFileName() + ".tmp"), out);
        System.out.println("PostgreSQL at " + url);
        Thread.currentThread().join();
    }
}
