package org.broadsheet.web.newsletter;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.broadsheet.content.Newsletter;
import org.broadsheet.content.Newsletters;
import org.broadsheet.content.ReaderTargetNotFoundException;
import org.broadsheet.web.support.CurrentReaders;
import org.broadsheet.web.support.SignedInReader;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The newsletter catalogue ({@code GET /api/v1/newsletters}), the reader's choices under
 * {@code /api/v1/me/newsletters}, and the editors' catalogue calls under {@code /api/v1/staff/newsletters}.
 */
@RestController
class NewsletterApi {

    /** One newsletter; {@code subscribed} is null when the caller is not signed in. */
    record NewsletterItem(String key, String name, String description, String schedule, String section,
            Boolean subscribed) {
    }

    record StaffNewsletter(String key, String name, String description, String schedule, String sendCron,
            String section, int position, boolean active) {

        static StaffNewsletter of(Newsletter n) {
            return new StaffNewsletter(n.key(), n.name(), n.description(), n.schedule(), n.sendCron(), n.sectionKey(),
                    n.position(), n.active());
        }
    }

    record NewsletterRequest(String name, String description, String schedule, String sendCron, String section,
            Integer position, Boolean active) {
    }

    private final Newsletters newsletters;
    private final CurrentReaders readers;

    NewsletterApi(Newsletters newsletters, CurrentReaders readers) {
        this.newsletters = newsletters;
        this.readers = readers;
    }

    @GetMapping("/api/v1/newsletters")
    Map<String, List<NewsletterItem>> catalogue() {
        Set<String> chosen = readers.current().map(r -> newsletters.choicesOf(r.accountId())).orElse(null);
        return Map.of("items", newsletters.catalogue().stream()
                .map(n -> new NewsletterItem(n.key(), n.name(), n.description(), n.schedule(), n.sectionKey(),
                        chosen == null ? null : chosen.contains(n.key())))
                .toList());
    }

    @GetMapping("/api/v1/me/newsletters")
    Map<String, List<NewsletterItem>> mine() {
        Set<String> chosen = newsletters.choicesOf(me());
        return Map.of("items", newsletters.catalogue().stream().filter(n -> chosen.contains(n.key()))
                .map(n -> new NewsletterItem(n.key(), n.name(), n.description(), n.schedule(), n.sectionKey(), true))
                .toList());
    }

    @PutMapping("/api/v1/me/newsletters/{key}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void subscribe(@PathVariable String key) {
        newsletters.subscribe(me(), key);
    }

    @DeleteMapping("/api/v1/me/newsletters/{key}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unsubscribe(@PathVariable String key) {
        newsletters.unsubscribe(me(), key);
    }

    @GetMapping("/api/v1/staff/newsletters")
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    Map<String, List<StaffNewsletter>> staffCatalogue() {
        return Map.of("items", newsletters.all().stream().map(StaffNewsletter::of).toList());
    }

    @PutMapping("/api/v1/staff/newsletters/{key}")
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    ResponseEntity<Object> file(@PathVariable String key, @RequestBody NewsletterRequest request) {
        Newsletter existing = newsletters.find(key).orElse(null);
        try {
            Newsletter filed = newsletters.file(new Newsletter(key,
                    pick(request.name(), existing == null ? null : existing.name()),
                    pick(request.description(), existing == null ? "" : existing.description()),
                    pick(request.schedule(), existing == null ? null : existing.schedule()),
                    pick(request.sendCron(), existing == null ? null : existing.sendCron()),
                    request.section() != null ? (request.section().isBlank() ? null : request.section())
                            : existing == null ? null : existing.sectionKey(),
                    request.position() != null ? request.position() : existing == null ? 100 : existing.position(),
                    request.active() != null ? request.active() : existing == null || existing.active()));
            return ResponseEntity.ok(StaffNewsletter.of(filed));
        } catch (IllegalArgumentException invalid) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, invalid.getMessage());
        problem.setType(java.net.URI.create("about:blank"));
            problem.setTitle("Invalid request");
            String field = invalid.getMessage().split(" ")[0];
            problem.setProperty("errors", List.of(Map.of("field", field, "message", invalid.getMessage())));
            return ResponseEntity.badRequest().body(problem);
        }
    }

    @ExceptionHandler(ReaderTargetNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(ReaderTargetNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "There is no newsletter with this key.");
        problem.setType(java.net.URI.create("about:blank"));
        problem.setTitle("Not found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    private static String pick(String given, String fallback) {
        return given != null ? given : fallback;
    }

    private UUID me() {
        return readers.current().map(SignedInReader::accountId)
                .orElseThrow(() -> new InsufficientAuthenticationException("Sign in to choose newsletters"));
    }
}
