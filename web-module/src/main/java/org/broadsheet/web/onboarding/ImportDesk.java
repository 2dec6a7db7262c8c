package org.broadsheet.web.onboarding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.broadsheet.web.staff.StaffActor;
import org.broadsheet.web.support.CsvCells;
import org.broadsheet.web.support.SignedInReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** What the import API and console pages share: starting jobs from checked input, who sees which job, the report. */
@Component
class ImportDesk {

    private final ImportRunner runner;
    private final ImportJobs jobs;
    private final ReaderImport readers;
    private final ArticleImport articles;
    private final FeedFetcher fetcher;
    private final ObjectProvider<Clock> clocks;

    ImportDesk(ImportRunner runner, ImportJobs jobs, ReaderImport readers, ArticleImport articles, FeedFetcher fetcher,
               ObjectProvider<Clock> clocks) {
        this.runner = runner;
        this.jobs = jobs;
        this.readers = readers;
        this.articles = articles;
        this.fetcher = fetcher;
        this.clocks = clocks;
    }

    /** A job as the API and the page's script see it. */
    record JobView(UUID id, String kind, String status, String source, int total, int done, int percent,
                   Map<String, Integer> counts, Double ratePerSecond, Long secondsLeft, Instant createdAt,
                   Instant startedAt, Instant finishedAt, String failure, String startedBy, String reason,
                   boolean finished, boolean resumable) {
    }

    /** Staff input that breaks a rule (no reason, no file). */
    static final class MissingInput extends RuntimeException {
        final String field;

        MissingInput(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    static final class NotResumable extends RuntimeException {
        NotResumable() {
            super("Only an interrupted or failed import can be resumed.");
        }
    }

    static final class UnknownJob extends RuntimeException {
        UnknownJob() {
            super("There is no import with this id.");
        }
    }

    ImportJob startReaders(String fileName, String csv, boolean invite, StaffActor actor, String reason) {
        String why = reason(reason);
        if (csv == null || csv.isBlank()) {
            throw new MissingInput("file", "Choose a CSV file of readers.");
        }
        readers.check(csv);
        return runner.start(ImportKind.READERS, name(fileName, "readers.csv"), Map.of(ReaderImport.INVITE, String.valueOf(invite)),
                csv, actor, why);
    }

    ImportJob startArticles(String fileName, String content, String url, String format, String section, StaffActor actor,
                            String reason) {
        String why = reason(reason);
        Map<String, String> options = new LinkedHashMap<>();
        options.put(ArticleImport.FORMAT, format == null || format.isBlank() ? "auto" : format.strip().toLowerCase());
        String sectionKey = ArticleImport.slugOf(section, 64);
        options.put(ArticleImport.SECTION, sectionKey.isEmpty() ? ArticleImport.DEFAULT_SECTION : sectionKey);
        String input = content;
        String source = name(fileName, "articles");
        if ((input == null || input.isBlank()) && url != null && !url.isBlank()) {
            input = fetcher.fetch(url);
            source = url.strip();
        }
        if (input == null || input.isBlank()) {
            throw new MissingInput("file", "Choose a feed or JSON export file, or give the feed's URL.");
        }
        articles.check(input, options);
        return runner.start(ImportKind.ARTICLES, source, options, input, actor, why);
    }

    boolean resume(UUID id, StaffActor actor, String reason) {
        return runner.resume(id, actor, reason(reason));
    }

    /** The job when this staff member may see it: reader imports only admins, article imports editors too. */
    Optional<ImportJob> find(UUID id, SignedInReader reader) {
        return jobs.find(id).filter(job -> mayHandle(job.kind(), reader));
    }

    List<ImportJob> recent(SignedInReader reader) {
        return jobs.recent(100).stream().filter(job -> mayHandle(job.kind(), reader)).toList();
    }

    static boolean mayHandle(ImportKind kind, SignedInReader reader) {
        return reader.hasRole("ADMIN") || (kind == ImportKind.ARTICLES && reader.hasRole("EDITOR"));
    }

    JobView view(ImportJob job) {
        Instant now = clocks.getIfAvailable(Clock::systemUTC).instant();
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("imported", job.imported());
        counts.put("updated", job.updated());
        counts.put("unchanged", job.unchanged());
        counts.put("rejected", job.rejected());
        Double rate = job.ratePerSecond(now);
        return new JobView(job.id(), job.kind().name(), job.status().name(), job.sourceName(), job.total(), job.done(),
                job.percent(), counts, rate == null ? null : Math.round(rate * 10) / 10.0, job.secondsLeft(now),
                job.createdAt(), job.startedAt(), job.finishedAt(), job.failure(), job.actorEmail(), job.reason(),
                job.status().finished(), job.status().resumable());
    }

    /** Writes the report as CSV (line, item, outcome, note); cells that a spreadsheet would run as formulas are defused. */
    void writeReport(UUID id, Writer out) {
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("line", "item", "outcome", "note").get());
            jobs.report(id, row -> {
                try {
                    csv.printRecord(row.line(), CsvCells.text(row.item()), row.outcome().name(), CsvCells.text(row.note()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new MissingInput("reason", "Reason is required: say why.");
        }
        return reason.strip();
    }

    private static String name(String fileName, String fallback) {
        if (fileName == null || fileName.isBlank()) {
            return fallback;
        }
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        return base.length() > 300 ? base.substring(0, 300) : base;
    }
}
