package org.broadsheet.auth.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public base URL that links in account mail start with (BROADSHEET_BASE_URL).
 *
 * @param baseUrl Public base URL of the site (BROADSHEET_BASE_URL), used in mails, checkout return URLs, feeds
 *                and sitemaps; an absolute http(s) URL.
 */
@ConfigurationProperties("broadsheet")
public record SiteAddress(@DefaultValue("http://localhost:8080") String baseUrl) {

    /** The base URL without a trailing slash. */
    public String base() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
