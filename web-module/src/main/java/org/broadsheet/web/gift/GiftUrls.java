package org.broadsheet.web.gift;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.broadsheet.content.GiftLink;
import org.broadsheet.web.support.SiteProperties;
import org.springframework.stereotype.Component;

/** The address a gift link is shared as: the article's own page with the token in {@code gift}. */
@Component
class GiftUrls {

    private final SiteProperties site;

    GiftUrls(SiteProperties site) {
        this.site = site;
    }

    String of(GiftLink link) {
        return site.absolute("/article/" + link.slug() + "?gift=" + URLEncoder.encode(link.token(), StandardCharsets.UTF_8));
    }
}
