package org.broadsheet.web.onboarding;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.web.staff.StaffActor;
import org.broadsheet.web.support.CurrentReaders;
import org.broadsheet.web.support.SignedInReader;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The staff import API: reader imports (ADMIN) from a CSV upload or body, article imports (EDITOR or ADMIN) from a
 * feed or JSON export upload, body or URL; each answers 202 with the job, whose progress and report are read here.
 */
@RestController
@RequestMapping("/api/v1/staff/imports")
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
class ImportsApi {

    private final ImportDesk desk;
    private final CurrentReaders readers;

    ImportsApi(ImportDesk desk, CurrentReaders readers) {
        this.desk = desk;
        this.readers = readers;
    }

    @GetMapping
    public Map<String, List<ImportDesk.JobView>> list() {
        return Map.of("items", desk.recent(staff()).stream().map(desk::view).toList());
    }

    @PostMapping(path = "/readers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    public ResponseEntity<ImportDesk.JobView> readersFromUpload(@RequestParam(name = "file", required = false) MultipartFile file,
                                                                @RequestParam(name = "reason", required = false) String reason,
                                                                @RequestParam(name = "invite", defaultValue = "false") boolean invite)
            throws IOException {
        return accepted(desk.startReaders(file == null ? null : file.getOriginalFilename(), text(file), invite, actor(), reason));
    }

    @PostMapping(path = "/readers", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @PreAuthorize("hasRole('ADMIN')")
    public ResponseEntity<ImportDesk.JobView> readersFromBody(@RequestBody(required = false) String csv,
                                                              @RequestParam(name = "reason", required = false) String reason,
                                                              @RequestParam(name = "invite", defaultValue = "false") boolean invite,
                                                              @RequestParam(name = "name", required = false) String name) {
        return accepted(desk.startReaders(name, csv, invite, actor(), reason));
    }

    @PostMapping(path = "/articles", consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.APPLICATION_FORM_URLENCODED_VALUE})
    public ResponseEntity<ImportDesk.JobView> articlesFromForm(@RequestParam(name = "file", required = false) MultipartFile file,
                                                               @RequestParam(name = "url", required = false) String url,
                                                               @RequestParam(name = "format", required = false) String format,
                                                               @RequestParam(name = "section", required = false) String section,
                                                               @RequestParam(name = "reason", required = false) String reason)
            throws IOException {
        return accepted(desk.startArticles(file == null ? null : file.getOriginalFilename(), text(file), url, format, section,
                actor(), reason));
    }

    @PostMapping(path = "/articles", consumes = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_RSS_XML_VALUE,
            MediaType.APPLICATION_ATOM_XML_VALUE, MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    public ResponseEntity<ImportDesk.JobView> articlesFromBody(@RequestBody(required = false) String body,
                                                               @RequestParam(name = "url", required = false) String url,
                                                               @RequestParam(name = "section", required = false) String section,
                                                               @RequestParam(name = "reason", required = false) String reason,
                                                               @RequestParam(name = "name", required = false) String name) {
        return accepted(desk.startArticles(name, body, url, "auto", section, actor(), reason));
    }

    @GetMapping("/{id}")
    public ImportDesk.JobView job(@PathVariable UUID id) {
        return desk.view(desk.find(id, staff()).orElseThrow(ImportDesk.UnknownJob::new));
    }

    @GetMapping("/{id}/report")
    public void report(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        ImportJob job = desk.find(id, staff()).orElseThrow(ImportDesk.UnknownJob::new);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + job.id() + "-report.csv\"");
        desk.writeReport(job.id(), response.getWriter());
    }

    record ReasonRequest(String reason) {
    }

    @PostMapping("/{id}/resume")
    public ResponseEntity<ImportDesk.JobView> resume(@PathVariable UUID id, @RequestBody(required = false) ReasonRequest body) {
        ImportJob job = desk.find(id, staff()).orElseThrow(ImportDesk.UnknownJob::new);
        if (!desk.resume(job.id(), actor(), body == null ? null : body.reason())) {
            throw new ImportDesk.NotResumable();
        }
        return accepted(desk.find(id, staff()).orElseThrow());
    }

    private ResponseEntity<ImportDesk.JobView> accepted(ImportJob job) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/staff/imports/" + job.id()))
                .body(desk.view(job));
    }

    private static String text(MultipartFile file) throws IOException {
        return file == null || file.isEmpty() ? null : new String(file.getBytes(), StandardCharsets.UTF_8);
    }

    private SignedInReader staff() {
        return readers.current().orElseThrow(() -> new AccessDeniedException("No staff member"));
    }

    private StaffActor actor() {
        return StaffActor.of(staff());
    }
}
