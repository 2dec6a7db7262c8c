package org.broadsheet.web.crawler;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code broadsheet.paywall.crawlers}: whether verified search crawlers read gated articles in full
 * ({@code enabled}, env {@code PAYWALL_VERIFIED_CRAWLERS}, off by default), how long a DNS verdict is kept
 * ({@code cacheTtl}) and for how many addresses at most ({@code cacheSize}).
 *
 * @param enabled whether search crawlers verified by reverse and then forward DNS read gated articles in full
 *                (env PAYWALL_VERIFIED_CRAWLERS); off by default
 * @param cacheTtl how long a crawler verdict for one client address is kept before DNS is asked again
 * @param cacheSize how many client addresses' verdicts are kept at most
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
