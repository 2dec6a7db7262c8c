package org.broadsheet.web.staff;

import org.broadsheet.web.support.CurrentReaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Editors write and publish articles: the contract's {@code POST/PUT /api/v1/staff/articles}. */
@RestController
@RequestMapping("/api/v1/staff/articles")
class StaffArticlesApi {

    private final EditorsDesk desk;
    private final CurrentReaders readers;

    StaffArticlesApi(EditorsDesk desk, CurrentReaders readers) {
        this.desk = desk;
        this.readers = readers;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public ResponseEntity<StaffArticle> create(@RequestBody(required = false) ArticleForm form) {
        StaffArticle article = desk.create(actor(), form == null ? empty() : form);
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(java.net.URI.create("/api/v1/staff/articles/" + article.slug())).body(article);
    }

    @GetMapping("/{slug}")
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public StaffArticle get(@PathVariable String slug) {
        return desk.find(slug).orElseThrow(() -> new StaffExceptions.UnknownArticle(slug));
    }

    @PutMapping("/{slug}")
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public StaffArticle update(@PathVariable String slug, @RequestBody(required = false) ArticleForm form) {
        return desk.update(actor(), slug, form == null ? empty() : form);
    }

    private static ArticleForm empty() {
        return new ArticleForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private StaffActor actor() {
        return readers.current().map(StaffActor::of).orElseThrow(() -> new AccessDeniedException("No staff member"));
    }
}
