-- Background imports (readers from CSV, articles from a feed or a JSON export): progress any instance can show,
-- the input kept so an interrupted job resumes where its last committed batch ended, and one report row per input row.
CREATE TABLE import_jobs (
    id              UUID PRIMARY KEY,
    kind            VARCHAR(16)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    source_name     VARCHAR(300) NOT NULL,
    options         TEXT         NOT NULL,
    input           TEXT         NOT NULL,
    total_rows      INTEGER      NOT NULL,
    done_rows       INTEGER      NOT NULL,
    imported_rows   INTEGER      NOT NULL,
    updated_rows    INTEGER      NOT NULL,
    unchanged_rows  INTEGER      NOT NULL,
    rejected_rows   INTEGER      NOT NULL,
    actor_id        UUID         NOT NULL,
    actor_email     VARCHAR(320) NOT NULL,
    reason          TEXT         NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE,
    run_started_at  TIMESTAMP WITH TIME ZONE,
    run_start_done  INTEGER      NOT NULL,
    heartbeat_at    TIMESTAMP WITH TIME ZONE,
    finished_at     TIMESTAMP WITH TIME ZONE,
    instance_id     VARCHAR(64),
    failure         VARCHAR(2000)
);
CREATE INDEX import_jobs_created_ix ON import_jobs (created_at);
CREATE INDEX import_jobs_status_ix ON import_jobs (status);

CREATE TABLE import_job_rows (
    job_id  UUID         NOT NULL REFERENCES import_jobs (id) ON DELETE CASCADE,
    line_no INTEGER      NOT NULL,
    item    VARCHAR(400) NOT NULL,
    outcome VARCHAR(16)  NOT NULL,
    note    VARCHAR(2000) NOT NULL,
    CONSTRAINT import_job_rows_pk PRIMARY KEY (job_id, line_no)
);
