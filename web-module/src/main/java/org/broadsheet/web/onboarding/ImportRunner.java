package org.broadsheet.web.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.broadsheet.web.staff.StaffActor;
import org.broadsheet.web.staff.StaffAudit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs imports in the background on a small bounded pool: a transaction per batch that stores the batch's report
 * rows and progress together, so progress never runs ahead of the data and an interrupted job resumes exactly
 * after its last committed batch. A batch that fails is redone row by row, so one bad row rejects only itself.
 */
@Component
@EnableConfigurationProperties(ImportProperties.class)
class ImportRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final ImportJobs jobs;
    private final Map<ImportKind, ImportWork<?>> works;
    private final ImportProperties properties;
    private final TransactionTemplate transaction;
    private final StaffAudit audit;
    private final ObjectProvider<Clock> clocks;
    private final String instance = UUID.randomUUID().toString();
    private final Set<UUID> running = ConcurrentHashMap.newKeySet();
    // not a bean: an Executor bean would make Boot drop its own application task executor
    private final ThreadPoolExecutor executor;

    ImportRunner(ImportJobs jobs, List<ImportWork<?>> works, ImportProperties properties,
                 PlatformTransactionManager transactions, StaffAudit audit, ObjectProvider<Clock> clocks) {
        this.jobs = jobs;
        this.works = works.stream().collect(Collectors.toMap(ImportWork::kind, Function.identity()));
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.audit = audit;
        this.clocks = clocks;
        this.executor = new ThreadPoolExecutor(properties.threads(), properties.threads(), 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, properties.queue())), runnable -> {
                    Thread thread = new Thread(runnable, "import-" + UUID.randomUUID().toString().substring(0, 8));
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** Queues a new job and starts it when a thread is free; the audit names who started it and why. */
    ImportJob start(ImportKind kind, String sourceName, Map<String, String> options, String input, StaffActor actor,
                    String reason) {
        UUID id = jobs.create(kind, sourceName, options, input, actor.accountId(), actor.email(), reason, now());
        audit.record(actor, "import-started", null, reason, null, Map.of("kind", kind.name(), "source", sourceName),
                Map.of("jobId", id.toString(), "options", options));
        submit(id);
        return jobs.find(id).orElseThrow();
    }

    /** Queues an interrupted or failed job again; it goes on after its last committed batch. */
    boolean resume(UUID id, StaffActor actor, String reason) {
        if (!jobs.requeue(id)) {
            return false;
        }
        audit.record(actor, "import-resumed", null, reason, null, null, Map.of("jobId", id.toString()));
        submit(id);
        return true;
    }

    private void submit(UUID id) {
        try {
            executor.execute(() -> run(id));
        } catch (RejectedExecutionException full) {
            jobs.finish(id, ImportStatus.FAILED, "Too many imports are waiting on this instance; resume it later.", now());
        }
    }

    void run(UUID id) {
        if (!jobs.claim(id, instance, now())) {
            return;
        }
        running.add(id);
        ImportJob job = jobs.find(id).orElseThrow();
        try {
            runClaimed(job, works.get(job.kind()));
            ImportJob done = jobs.find(id).orElseThrow();
            jobs.finish(id, ImportStatus.COMPLETED, null, now());
            audit.record(new StaffActor(job.actorId(), job.actorEmail()), "import-completed", null, job.reason(), null,
                    Map.of("imported", done.imported(), "updated", done.updated(), "unchanged", done.unchanged(),
                            "rejected", done.rejected()),
                    Map.of("jobId", id.toString(), "kind", job.kind().name()));
        } catch (InterruptedImport stopped) {
            log.info("Import {} interrupted at row {}", id, stopped.getMessage());
            Thread.interrupted(); // clear the flag, or the pool refuses the connection that records it
            jobs.interrupt(id);
        } catch (RuntimeException e) {
            if (stopping()) {
                log.info("Import {} interrupted by the instance stopping", id);
                Thread.interrupted();
                jobs.interrupt(id);
                return;
            }
            log.warn("Import {} failed", id, e);
            jobs.finish(id, ImportStatus.FAILED, e instanceof InvalidImport ? e.getMessage()
                    : "The import stopped on an unexpected error (" + e.getClass().getSimpleName() + "); resume it to go on.", now());
        } finally {
            running.remove(id);
        }
    }

    private <T> void runClaimed(ImportJob job, ImportWork<T> work) {
        List<ImportRow<T>> rows = work.rows(jobs.input(job.id()), job.options());
        jobs.total(job.id(), rows.size());
        for (int from = job.done(); from < rows.size(); from += properties.batchSize()) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedImport(from);
            }
            List<ImportRow<T>> batch = rows.subList(from, Math.min(rows.size(), from + properties.batchSize()));
            try {
                transaction.executeWithoutResult(tx -> jobs.recordBatch(job.id(), applyAll(batch, work, job), now()));
            } catch (RuntimeException batchFailed) {
                if (stopping()) {
                    throw new InterruptedImport(from);
                }
                log.info("Import {}: a batch failed ({}), redoing it row by row", job.id(), batchFailed.toString());
                for (ImportRow<T> row : batch) {
                    ImportJobs.ReportRow result;
                    try {
                        result = transaction.execute(tx -> {
                            ImportJobs.ReportRow r = applyOne(row, work, job);
                            jobs.recordBatch(job.id(), List.of(r), now());
                            return r;
                        });
                    } catch (RuntimeException rowFailed) {
                        result = new ImportJobs.ReportRow(row.line(), row.item(), ImportOutcome.REJECTED,
                                "could not be imported: " + describe(rowFailed));
                        ImportJobs.ReportRow failedRow = result;
                        transaction.executeWithoutResult(tx -> jobs.recordBatch(job.id(), List.of(failedRow), now()));
                    }
                }
            }
        }
    }

    private <T> List<ImportJobs.ReportRow> applyAll(List<ImportRow<T>> batch, ImportWork<T> work, ImportJob job) {
        List<ImportJobs.ReportRow> results = new ArrayList<>(batch.size());
        for (ImportRow<T> row : batch) {
            results.add(applyOne(row, work, job));
        }
        return results;
    }

    private static <T> ImportJobs.ReportRow applyOne(ImportRow<T> row, ImportWork<T> work, ImportJob job) {
        RowResult result = row.rejection() != null ? RowResult.rejected(row.rejection()) : work.apply(row.payload(), job);
        return new ImportJobs.ReportRow(row.line(), row.item(), result.outcome(), result.note());
    }

    private boolean stopping() {
        return Thread.currentThread().isInterrupted() || executor.isShutdown();
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** A job whose instance stopped beating is interrupted, not left running forever; checked on start and each minute. */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void interruptStaleJobs() {
        int stale = jobs.interruptStale(now().minus(properties.staleAfter()));
        if (stale > 0) {
            log.warn("{} import job(s) stopped reporting and are marked interrupted; staff can resume them", stale);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
        if (running.isEmpty()) {
            return;
        }
        try {
            jobs.interruptOwn(instance);
        } catch (RuntimeException e) {
            log.debug("Could not mark this instance's imports interrupted on the way down", e);
        }
    }

    private Instant now() {
        return clocks.getIfAvailable(Clock::systemUTC).instant();
    }

    /** The thread was asked to stop (the instance is going down). */
    private static final class InterruptedImport extends RuntimeException {
        InterruptedImport(int row) {
            super(String.valueOf(row));
        }
    }
}
