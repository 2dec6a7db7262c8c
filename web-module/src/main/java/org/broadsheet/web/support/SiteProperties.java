package org.broadsheet.web.support;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the site's pages, feeds and meta tags need from {@code broadsheet.*}: the public base URL, the
 * publisher's time zone, and the trial length the calls to action promise.
 *
 * @param baseUrl  Public base URL of the site (BROADSHEET_BASE_URL), used in mails, checkout return URLs, feeds
 *                 and sitemaps; an absolute http(s) URL.
 * @param timeZone The publisher's time zone (BROADSHEET_TIME_ZONE): meter months, dates shown, "until" dates.
 * @param billing  The billing settings that pages show.
 */
@ConfigurationProperties("broadsheet")
public record SiteProperties(
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("Asia/Kolkata") ZoneId timeZone,
        @DefaultValue Billing billing) {

    public SiteProperties {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The absolute URL of a site path such as {@code /article/x}. */
    public String absolute(String path) {
        return baseUrl + path;
    }

    /**
     * The trial length shown in calls to action ({@code broadsheet.billing.trial-days}).
     *
     * @param trialDays Length of the free trial in days (TRIAL_DAYS).
     */
    public record Billing(@DefaultValue("14") int trialDays) {
    }
}
