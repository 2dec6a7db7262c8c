package org.broadsheet.web.reader;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.broadsheet.content.AccessLevel;
import org.broadsheet.content.Feed;
import org.broadsheet.content.FollowKind;
import org.broadsheet.content.Follows;
import org.broadsheet.content.PersonalFeed;
import org.broadsheet.content.ReaderPage;
import org.broadsheet.content.ReaderTargetNotFoundException;
import org.broadsheet.content.ReadingHistory;
import org.broadsheet.content.SavedArticles;
import org.broadsheet.web.support.CurrentReaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reader's own resources under {@code /api/v1/me}: saved articles, follows, history, feed, export and account
 * deletion. Every call works on the signed-in reader only: no route takes another reader's id.
 */
@RestController
class ReaderApiController {

    record SavedItem(String slug, String headline, Instant savedAt) {
    }

    record FollowItem(String kind, String key, String name) {
    }

    record HistoryItem(String slug, String headline, Instant lastReadAt, int readCount) {
    }

    record FeedItemResponse(String slug, String headline, Instant publishedAt, AccessLevel accessLevel, List<String> because) {
    }

    record Listing<T>(List<T> items, int page, int size, long total) {

        static <S, T> Listing<T> of(ReaderPage<S> page, Function<S, T> map) {
            return new Listing<>(page.items().stream().map(map).toList(), page.page(), page.size(), page.total());
        }
    }

    record FeedResponse(List<FeedItemResponse> items, int page, int size, boolean hasNext, boolean personalized,
            List<FollowItem> suggestions) {
    }

    record DeleteAccountRequest(String password) {
    }

    /** One entry of a problem's {@code errors}. */
    record InvalidField(String field, String message) {
    }

    private final CurrentReaders readers;
    private final SavedArticles saved;
    private final Follows follows;
    private final ReadingHistory history;
    private final PersonalFeed feed;
    private final ReaderExports exports;
    private final ReaderErasure erasure;

    ReaderApiController(CurrentReaders readers, SavedArticles saved, Follows follows, ReadingHistory history,
            PersonalFeed feed, ReaderExports exports, ReaderErasure erasure) {
        this.readers = readers;
        this.saved = saved;
        this.follows = follows;
        this.history = history;
        this.feed = feed;
        this.exports = exports;
        this.erasure = erasure;
    }

    @GetMapping("/api/v1/me/saved")
    Listing<SavedItem> saved(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return Listing.of(saved.list(me(), page, size), s -> new SavedItem(s.slug(), s.headline(), s.savedAt()));
    }

    @PutMapping("/api/v1/me/saved/{slug}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void save(@PathVariable String slug) {
        saved.save(me(), slug);
    }

    @DeleteMapping("/api/v1/me/saved/{slug}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unsave(@PathVariable String slug) {
        saved.unsave(me(), slug);
    }

    @GetMapping("/api/v1/me/follows")
    Map<String, List<FollowItem>> follows() {
        return Map.of("items", follows.list(me()).stream()
                .map(f -> new FollowItem(f.kind().key(), f.key(), f.name())).toList());
    }

    @PutMapping("/api/v1/me/follows/{kind}/{key}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void follow(@PathVariable String kind, @PathVariable String key) {
        follows.follow(me(), kind(kind), key);
    }

    @DeleteMapping("/api/v1/me/follows/{kind}/{key}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unfollow(@PathVariable String kind, @PathVariable String key) {
        follows.unfollow(me(), kind(kind), key);
    }

    @GetMapping("/api/v1/me/history")
    Listing<HistoryItem> history(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return Listing.of(history.list(me(), page, size),
                r -> new HistoryItem(r.slug(), r.headline(), r.lastReadAt(), r.readCount()));
    }

    @GetMapping("/api/v1/me/feed")
    FeedResponse feed(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Feed ranked = feed.feed(me(), page, size);
        return new FeedResponse(ranked.items().stream()
                .map(i -> new FeedItemResponse(i.slug(), i.headline(), i.publishedAt(), i.accessLevel(), i.because()))
                .toList(), ranked.page(), ranked.size(), ranked.hasNext(), ranked.personalized(),
                ranked.suggestions().stream().map(s -> new FollowItem(s.kind().key(), s.key(), s.name())).toList());
    }

    @GetMapping("/api/v1/me/export")
    Map<String, Object> export() {
        return exports.exportFor(me());
    }

    @DeleteMapping("/api/v1/me")
    ResponseEntity<Object> deleteAccount(@RequestBody(required = false) DeleteAccountRequest request) {
        UUID accountId = me();
        String password = request == null ? null : request.password();
        if (password == null || password.isBlank()) {
            return invalidPassword("is required");
        }
        if (!erasure.erase(accountId, password)) {
            return invalidPassword("is not the password of this account");
        }
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(ReaderTargetNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(ReaderTargetNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, switch (e.what()) {
            case "article" -> "There is no article with this slug.";
            case "kind" -> "Only a topic, an author or a section can be followed.";
            default -> "There is no " + e.what() + " with this key.";
        });
        problem.setTitle("Not found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    private static ResponseEntity<Object> invalidPassword(String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Confirm the deletion with your password.");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(new InvalidField("password", message)));
        return ResponseEntity.badRequest().body(problem);
    }

    private static FollowKind kind(String kind) {
        return FollowKind.fromKey(kind).orElseThrow(() -> new ReaderTargetNotFoundException("kind", kind));
    }

    private UUID me() {
        return readers.current()
                .orElseThrow(() -> new InsufficientAuthenticationException("Sign in to use your reader features"))
                .accountId();
    }
}
