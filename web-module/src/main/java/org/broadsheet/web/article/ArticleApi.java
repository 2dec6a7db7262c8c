package org.broadsheet.web.article;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.broadsheet.content.ArticleCatalog;
import org.broadsheet.content.ArticleFilter;
import org.broadsheet.content.ArticleGate;
import org.broadsheet.content.ReadableArticle;
import org.broadsheet.content.ReaderFacts;
import org.broadsheet.web.support.CurrentReaderFacts;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /api/v1/articles}: lists without body text, and the article as the gate lets this reader see it. */
@RestController
@RequestMapping("/api/v1/articles")
class ArticleApi {

    private final ArticleCatalog catalog;
    private final ArticleGate gate;
    private final CurrentReaderFacts readerFacts;

    ArticleApi(ArticleCatalog catalog, ArticleGate gate, CurrentReaderFacts readerFacts) {
        this.catalog = catalog;
        this.gate = gate;
        this.readerFacts = readerFacts;
    }

    @GetMapping
    ArticleListResponse list(@RequestParam(required = false) String section,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String author,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be 0 or more") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 100")
            @Max(value = 100, message = "must be between 1 and 100") int size) {
        ArticleFilter filter = new ArticleFilter(blankToNull(section), blankToNull(topic), blankToNull(author));
        return ArticleListResponse.of(catalog.latest(filter, page, size));
    }

    @GetMapping("/{slug}")
    ResponseEntity<ArticleDetailResponse> detail(@PathVariable String slug, @RequestParam(required = false) String gift,
            @RequestParam(required = false) String campaign,
            HttpServletRequest request) {
        ReaderFacts reader = readerFacts.of(request);
        ReadableArticle article = (HttpMethod.HEAD.matches(request.getMethod()) ? gate.peek(slug, reader, gift, campaign)
                : gate.read(slug, reader, gift, campaign))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No published article has this slug."));
        return ResponseEntity.ok()
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(ArticleDetailResponse.of(article));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
