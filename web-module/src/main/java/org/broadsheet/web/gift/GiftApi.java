package org.broadsheet.web.gift;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.broadsheet.content.GiftLink;
import org.broadsheet.content.GiftLinkView;
import org.broadsheet.content.GiftLinks;
import org.broadsheet.content.GiftRefusedException;
import org.broadsheet.content.GiftUse;
import org.broadsheet.web.support.CurrentReaderFacts;
import org.broadsheet.web.support.CurrentReaders;
import org.broadsheet.web.support.SignedInReader;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Gift links in the API: a reader's own under {@code /api/v1/me/gifts}, and a reader's gift use for staff. */
@RestController
class GiftApi {

    record GiftRequest(String slug) {
    }

    record CreatedGift(UUID id, String slug, String url, Instant expiresAt, int remaining) {
    }

    record GiftItem(UUID id, String slug, String headline, Instant createdAt, Instant expiresAt, Instant revokedAt,
            int opens, Instant lastOpenedAt, String status) {

        static GiftItem of(GiftLinkView v) {
            return new GiftItem(v.id(), v.slug(), v.headline(), v.createdAt(), v.expiresAt(), v.revokedAt(), v.opens(),
                    v.lastOpenedAt(), v.status().name());
        }
    }

    private final GiftLinks gifts;
    private final CurrentReaders readers;
    private final CurrentReaderFacts readerFacts;
    private final GiftUrls urls;

    GiftApi(GiftLinks gifts, CurrentReaders readers, CurrentReaderFacts readerFacts, GiftUrls urls) {
        this.gifts = gifts;
        this.readers = readers;
        this.readerFacts = readerFacts;
        this.urls = urls;
    }

    @PostMapping("/api/v1/me/gifts")
    ResponseEntity<Object> give(@RequestBody(required = false) GiftRequest request, HttpServletRequest http) {
        me();
        if (request == null || request.slug() == null || request.slug().isBlank()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Name the article to gift.");
        problem.setType(java.net.URI.create("about:blank"));
            problem.setTitle("Invalid request");
            problem.setProperty("errors", List.of(Map.of("field", "slug", "message", "is required")));
            return ResponseEntity.badRequest().body(problem);
        }
        GiftLink link = gifts.give(readerFacts.of(http), request.slug().trim());
        CreatedGift created = new CreatedGift(link.id(), link.slug(), urls.of(link), link.expiresAt(), link.remaining());
        return ResponseEntity.created(URI.create("/api/v1/me/gifts/" + link.id())).body(created);
    }

    @GetMapping("/api/v1/me/gifts")
    Map<String, Object> mine() {
        UUID me = me();
        return Map.of("items", gifts.given(me).stream().map(GiftItem::of).toList(), "remaining", gifts.remaining(me));
    }

    @DeleteMapping("/api/v1/me/gifts/{id}")
    ResponseEntity<Object> revoke(@PathVariable UUID id) {
        if (!gifts.revoke(me(), id)) {
            return problem(HttpStatus.NOT_FOUND, "Not found", "You have no gift link with this id.");
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/staff/accounts/{id}/gifts")
    @PreAuthorize("hasAnyRole('SUPPORT', 'ADMIN')")
    Map<String, Object> giftUse(@PathVariable UUID id) {
        GiftUse use = gifts.useOf(id);
        return Map.of("accountId", use.accountId(), "givenThisMonth", use.givenThisMonth(),
                "remainingThisMonth", use.remainingThisMonth(), "items", use.links().stream().map(GiftItem::of).toList());
    }

    @ExceptionHandler(GiftRefusedException.class)
    ResponseEntity<Object> refused(GiftRefusedException e) {
        return switch (e.reason()) {
            case NOT_ENTITLED -> problem(HttpStatus.FORBIDDEN, "Subscription required", e.getMessage());
            case QUOTA_USED_UP -> problem(HttpStatus.CONFLICT, "No gifts left this month", e.getMessage());
            case UNKNOWN_ARTICLE -> problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
        };
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(java.net.URI.create("about:blank"));
        problem.setTitle(title);
        return ResponseEntity.status(status).body(problem);
    }

    private UUID me() {
        return readers.current().map(SignedInReader::accountId)
                .orElseThrow(() -> new InsufficientAuthenticationException("Sign in to give articles"));
    }
}
