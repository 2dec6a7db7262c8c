package org.broadsheet.web.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;

import org.broadsheet.content.AccessLevel;
import org.broadsheet.web.Articles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With the option on, a crawler whose address verifies by DNS reads a PREMIUM article in full, and the page still
 * marks the gated part for search engines; a User-Agent claiming to be a crawler from any other address is gated.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:crawlers;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "broadsheet.billing.jobs.enabled=false",
        "broadsheet.paywall.crawlers.enabled=true"})
@AutoConfigureMockMvc
@Import({Articles.class, VerifiedCrawlerIntegrationTests.Dns.class})
class VerifiedCrawlerIntegrationTests {

    private static final String GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
    private static final String GOOGLE_ADDRESS = "66.249.66.1";

    @Autowired
    MockMvc mvc;
    @Autowired
    Articles articles;

    @TestConfiguration(proxyBeanMethods = false)
    static class Dns {
        @Bean
        @Primary
        CrawlerDns stubDns() {
            return new VerifiedCrawlersUnitTests.StubDns(Map.of(GOOGLE_ADDRESS, "crawl-66-249-66-1.googlebot.com"),
                    Map.of("crawl-66-249-66-1.googlebot.com", List.of(GOOGLE_ADDRESS)));
        }
    }

    @Test
    void givesAVerifiedCrawlerTheFullTextWithThePaywallMarkupKept() throws Exception {
        String marker = Articles.marker();
        Articles.Published premium = articles.draft(AccessLevel.PREMIUM).paragraph(5, marker).publish();

        String page = page(premium.path(), GOOGLE_ADDRESS, GOOGLEBOT);

        assertThat(page).contains(marker);
        String jsonLd = page.substring(page.indexOf("application/ld+json"));
        assertThat(jsonLd).contains("\"isAccessibleForFree\":false", "\"hasPart\"", "\"cssSelector\":\".paywall\"");
        assertThat(page).contains("class=\"paywall\"");
    }

    @Test
    void gatesASpoofedUserAgentFromAnUnverifiedAddress() throws Exception {
        String marker = Articles.marker();
        Articles.Published premium = articles.draft(AccessLevel.PREMIUM).paragraph(5, marker).publish();

        assertThat(page(premium.path(), "198.51.100.20", GOOGLEBOT)).doesNotContain(marker);
        assertThat(page("/api/v1/articles/" + premium.slug(), "198.51.100.20", GOOGLEBOT)).doesNotContain(marker)
                .contains("SUBSCRIPTION_REQUIRED");
        assertThat(page(premium.path(), GOOGLE_ADDRESS, "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0"))
                .doesNotContain(marker);
    }

    private String page(String path, String address, String userAgent) throws Exception {
        return mvc.perform(get(path).header("User-Agent", userAgent).with(request -> {
            request.setRemoteAddr(address);
            return request;
        })).andReturn().getResponse().getContentAsString();
    }
}
