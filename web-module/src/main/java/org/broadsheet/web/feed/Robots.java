package org.broadsheet.web.feed;

import org.broadsheet.web.support.SiteProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /robots.txt}: crawl the paper, not the readers' pages or the API; where the sitemap is. */
@Controller
class Robots {

    private final SiteProperties site;

    Robots(SiteProperties site) {
        this.site = site;
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        String body = """
                User-agent: *
                Allow: /
                Disallow: /account
                Disallow: /staff
                Disallow: /api
                Sitemap: %s
                """.formatted(site.absolute("/sitemap.xml"));
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8)).body(body);
    }
}
