package org.broadsheet.web.staff;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.web.support.CurrentReaders;
import org.broadsheet.web.support.SiteProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The CSV exports for admins, under the staff API (bearer token) and the console (session) alike. The rows are
 * written to the response as they are read, on the request thread: no async time-out cuts a long export short,
 * and nothing is held in memory beyond one chunk. Each export is audited, with the rows written.
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class ExportDownloads {

    static final String CSV = "text/csv;charset=UTF-8";

    private final DataExports exports;
    private final StaffAudit audit;
    private final CurrentReaders readers;
    private final SiteProperties site;
    private final ObjectProvider<Clock> clocks;

    ExportDownloads(DataExports exports, StaffAudit audit, CurrentReaders readers, SiteProperties site,
                    ObjectProvider<Clock> clocks) {
        this.exports = exports;
        this.audit = audit;
        this.readers = readers;
        this.site = site;
        this.clocks = clocks;
    }

    /** Readers with roles, sign-up date, verification, subscription and entitlement. */
    @GetMapping(path = {"/api/v1/staff/exports/readers.csv", "/staff/exports/readers.csv"}, produces = CSV)
    public void readers(HttpServletRequest request, HttpServletResponse response) throws IOException {
        stream("readers", request, response, exports::readers);
    }

    /** Published articles' metadata: slug, headline, section, topics, authors, access level, times and URL. */
    @GetMapping(path = {"/api/v1/staff/exports/articles.csv", "/staff/exports/articles.csv"}, produces = CSV)
    public void articles(HttpServletRequest request, HttpServletResponse response) throws IOException {
        stream("articles", request, response, exports::articles);
    }

    private interface Export {
        long write(OutputStream out) throws IOException;
    }

    private void stream(String what, HttpServletRequest request, HttpServletResponse response, Export export)
            throws IOException {
        StaffActor actor = readers.current().map(StaffActor::of).orElseThrow(() -> new AccessDeniedException("No staff member"));
        LocalDate today = LocalDate.now(clocks.getIfAvailable(Clock::systemUTC).withZone(site.timeZone()));
        response.setContentType(CSV);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + what + "-" + today + ".csv\"");
        long rows = 0;
        boolean complete = false;
        try {
            rows = export.write(response.getOutputStream());
            complete = true;
        } finally {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("rows", rows);
            details.put("complete", complete);
            details.put("via", request.getRequestURI().startsWith("/api/") ? "api" : "console");
            audit.record(actor, "export-" + what, null, "export", null, details, Map.of());
        }
    }
}
