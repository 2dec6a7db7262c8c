package org.broadsheet.web.onboarding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The job table and its report rows, in plain SQL that runs on H2 and PostgreSQL. */
@Repository
class ImportJobs {

    private static final String COLUMNS = """
            id, kind, status, source_name, options, total_rows, done_rows, imported_rows, updated_rows, unchanged_rows,
            rejected_rows, actor_id, actor_email, reason, created_at, started_at, run_started_at, run_start_done,
            heartbeat_at, finished_at, failure""";

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    ImportJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A report row as stored. */
    record ReportRow(int line, String item, ImportOutcome outcome, String note) {
    }

    UUID create(ImportKind kind, String sourceName, Map<String, String> options, String input, UUID actorId,
                String actorEmail, String reason, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO import_jobs (id, kind, status, source_name, options, input, total_rows, done_rows, imported_rows,
                    updated_rows, unchanged_rows, rejected_rows, actor_id, actor_email, reason, created_at, run_start_done)
                VALUES (:id, :kind, 'QUEUED', :source, :options, :input, 0, 0, 0, 0, 0, 0, :actor, :email, :reason, :now, 0)""")
                .param("id", id).param("kind", kind.name()).param("source", sourceName)
                .param("options", json.writeValueAsString(options)).param("input", input).param("actor", actorId)
                .param("email", actorEmail).param("reason", reason).param("now", Timestamp.from(now))
                .update();
        return id;
    }

    Optional<ImportJob> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM import_jobs WHERE id = :id").param("id", id)
                .query(this::map).optional();
    }

    List<ImportJob> recent(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM import_jobs ORDER BY created_at DESC LIMIT :limit")
                .param("limit", limit).query(this::map).list();
    }

    String input(UUID id) {
        return jdbc.sql("SELECT input FROM import_jobs WHERE id = :id").param("id", id).query(String.class).single();
    }

    /** Takes a queued or interrupted job for this instance; false when another took it or it is not waiting. */
    boolean claim(UUID id, String instance, Instant now) {
        return jdbc.sql("""
                UPDATE import_jobs SET status = 'RUNNING', instance_id = :instance, heartbeat_at = :now,
                       started_at = COALESCE(started_at, :now), run_started_at = :now, run_start_done = done_rows,
                       failure = NULL, finished_at = NULL
                WHERE id = :id AND status IN ('QUEUED', 'INTERRUPTED')""")
                .param("instance", instance).param("now", Timestamp.from(now)).param("id", id).update() == 1;
    }

    /** Queues a job that was interrupted or failed again, to go on from its last committed batch. */
    boolean requeue(UUID id) {
        return jdbc.sql("UPDATE import_jobs SET status = 'QUEUED' WHERE id = :id AND status IN ('INTERRUPTED', 'FAILED')")
                .param("id", id).update() == 1;
    }

    void total(UUID id, int total) {
        jdbc.sql("UPDATE import_jobs SET total_rows = :total WHERE id = :id").param("total", total).param("id", id).update();
    }

    /** Stores a batch's report rows and moves the counters on (inside the batch's transaction). */
    void recordBatch(UUID id, List<ReportRow> rows, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        for (ReportRow row : rows) {
            jdbc.sql("INSERT INTO import_job_rows (job_id, line_no, item, outcome, note) VALUES (:job, :line, :item, :outcome, :note)")
                    .param("job", id).param("line", row.line()).param("item", clip(row.item(), 400))
                    .param("outcome", row.outcome().name()).param("note", clip(row.note() == null ? "" : row.note(), 2000))
                    .update();
        }
        jdbc.sql("""
                UPDATE import_jobs SET done_rows = done_rows + :done, imported_rows = imported_rows + :imported,
                       updated_rows = updated_rows + :updated, unchanged_rows = unchanged_rows + :unchanged,
                       rejected_rows = rejected_rows + :rejected, heartbeat_at = :now WHERE id = :id""")
                .param("done", rows.size()).param("imported", count(rows, ImportOutcome.IMPORTED))
                .param("updated", count(rows, ImportOutcome.UPDATED)).param("unchanged", count(rows, ImportOutcome.UNCHANGED))
                .param("rejected", count(rows, ImportOutcome.REJECTED)).param("now", Timestamp.from(now)).param("id", id)
                .update();
    }

    void finish(UUID id, ImportStatus status, String failure, Instant now) {
        jdbc.sql("UPDATE import_jobs SET status = :status, failure = :failure, finished_at = :now, heartbeat_at = :now WHERE id = :id")
                .param("status", status.name()).param("failure", failure == null ? null : clip(failure, 2000))
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    /** Marks a running job interrupted: it stopped between batches and resumes after the last one. */
    void interrupt(UUID id) {
        jdbc.sql("UPDATE import_jobs SET status = 'INTERRUPTED' WHERE id = :id AND status = 'RUNNING'").param("id", id).update();
    }

    /** Marks this instance's running jobs interrupted (it is stopping). */
    int interruptOwn(String instance) {
        return jdbc.sql("UPDATE import_jobs SET status = 'INTERRUPTED' WHERE status = 'RUNNING' AND instance_id = :instance")
                .param("instance", instance).update();
    }

    /** Marks running jobs whose instance stopped beating (it crashed or was killed) interrupted. */
    int interruptStale(Instant beatBefore) {
        return jdbc.sql("UPDATE import_jobs SET status = 'INTERRUPTED' WHERE status = 'RUNNING' AND heartbeat_at < :before")
                .param("before", Timestamp.from(beatBefore)).update();
    }

    /** Streams the report rows in line order. */
    void report(UUID id, Consumer<ReportRow> each) {
        jdbc.sql("SELECT line_no, item, outcome, note FROM import_job_rows WHERE job_id = :id ORDER BY line_no")
                .param("id", id)
                .query((ResultSet rs) -> {
                    each.accept(new ReportRow(rs.getInt("line_no"), rs.getString("item"),
                            ImportOutcome.valueOf(rs.getString("outcome")), rs.getString("note")));
                });
    }

    private static int count(List<ReportRow> rows, ImportOutcome outcome) {
        return (int) rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    private static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    private ImportJob map(ResultSet rs, int rowNum) throws SQLException {
        Map<String, String> options = json.readValue(rs.getString("options"), new TypeReference<Map<String, String>>() { });
        return new ImportJob(rs.getObject("id", UUID.class), ImportKind.valueOf(rs.getString("kind")),
                ImportStatus.valueOf(rs.getString("status")), rs.getString("source_name"), options,
                rs.getInt("total_rows"), rs.getInt("done_rows"), rs.getInt("imported_rows"), rs.getInt("updated_rows"),
                rs.getInt("unchanged_rows"), rs.getInt("rejected_rows"), rs.getObject("actor_id", UUID.class),
                rs.getString("actor_email"), rs.getString("reason"), instant(rs, "created_at"), instant(rs, "started_at"),
                instant(rs, "run_started_at"), rs.getInt("run_start_done"), instant(rs, "heartbeat_at"),
                instant(rs, "finished_at"), rs.getString("failure"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
