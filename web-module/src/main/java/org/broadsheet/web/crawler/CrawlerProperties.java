package org.broadsheet.web.crawler;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code broadsheet.paywall.crawlers}: whether verified search crawlers read gated articles in full
 * ({@code enabled}, env {@code PAYWALL_VERIFIED_CRAWLERS}, off by default), how long a DNS verdict is kept
 * ({@code cacheTtl}) and for how many addresses at most ({@code cacheSize}).
 */
@ConfigurationProperties("broadsheet.paywall.crawlers")
public record CrawlerProperties(@DefaultValue("false") boolean enabled, @DefaultValue("PT6H") Duration cacheTtl,
        @DefaultValue("10000") int cacheSize) {

    public CrawlerProperties {
        if (cacheSize < 1) {
            throw new IllegalArgumentException("broadsheet.paywall.crawlers.cache-size must be at least 1");
        }
        if (cacheTtl == null || cacheTtl.isNegative() || cacheTtl.isZero()) {
            throw new IllegalArgumentException("broadsheet.paywall.crawlers.cache-ttl must be positive");
        }
    }
}
