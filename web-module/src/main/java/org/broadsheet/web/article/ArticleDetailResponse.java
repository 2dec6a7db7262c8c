package org.broadsheet.web.article;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.broadsheet.content.AccessDecision;
import org.broadsheet.content.AccessLevel;
import org.broadsheet.content.AccessReason;
import org.broadsheet.content.AccessRuleKind;
import org.broadsheet.content.AppliedRule;
import org.broadsheet.content.MeterState;
import org.broadsheet.content.ReadableArticle;

/**
 * {@code GET /api/v1/articles/{slug}}: the article as the gate let this reader see it — every paragraph when
 * access is granted, only the lead-in (and {@code truncated: true}) when it is not.
 */
record ArticleDetailResponse(String slug, String headline, String summary, RefResponse section,
        List<RefResponse> topics, List<RefResponse> authors, List<RefResponse> editors, String dateline,
        Instant publishedAt, Instant updatedAt, AccessLevel accessLevel, Access access, List<String> paragraphs,
        boolean truncated) {

    static ArticleDetailResponse of(ReadableArticle article) {
        return new ArticleDetailResponse(article.slug(), article.headline(), article.summary(),
                RefResponse.of(article.section()), RefResponse.all(article.topics()), RefResponse.all(article.authors()),
                RefResponse.all(article.editors()), article.dateline(), article.publishedAt(), article.updatedAt(),
                article.accessLevel(), Access.of(article.access()), List.copyOf(article.paragraphs()), article.truncated());
    }

    /**
     * The decision: {@code meter} is null when the reader is not metered; {@code rule} is left out when no access
     * rule applied (the article's own level decided).
     */
    record Access(boolean granted, AccessReason reason, Meter meter,
                  @JsonInclude(JsonInclude.Include.NON_NULL) Rule rule) {

        static Access of(AccessDecision decision) {
            MeterState meter = decision.meter();
            AppliedRule rule = decision.rule();
            return new Access(decision.granted(), decision.reason(),
                    meter == null ? null : new Meter(meter.used(), meter.limit(), meter.remaining()),
                    rule == null ? null : new Rule(rule.id(), rule.kind(), rule.name()));
        }
    }

    /** The access rule that decided; {@code id} is null for a verified crawler. */
    record Rule(UUID id, AccessRuleKind kind, String name) {
    }

    record Meter(int used, int limit, int remaining) {
    }
}
