package org.broadsheet.web.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.micrometer.core.instrument.MeterRegistry;
import org.broadsheet.web.Articles;
import org.broadsheet.web.Visitor;
import org.broadsheet.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** Health probes, who may scrape metrics, the business counters, and the caching headers of every kind of response. */
@WebIntegrationTest
class OperationsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Articles articles;
    @Autowired
    MeterRegistry registry;

    @Test
    void healthProbesArePublicAndReadinessIncludesTheDatabase() throws Exception {
        MockHttpServletResponse liveness = mvc.perform(get("/actuator/health/liveness")).andReturn().getResponse();
        MockHttpServletResponse readiness = mvc.perform(get("/actuator/health/readiness")).andReturn().getResponse();

        assertThat(liveness.getStatus()).isEqualTo(200);
        assertThat(liveness.getContentAsString()).contains("\"status\":\"UP\"");
        assertThat(readiness.getStatus()).isEqualTo(200);
        assertThat(readiness.getContentAsString()).contains("\"db\"").contains("\"readinessState\"");
    }

    @Test
    void prometheusScrapeNeedsAnAdmin() throws Exception {
        assertThat(mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    @WithMockUser(roles = "READER")
    void prometheusScrapeIsRefusedToAReader() throws Exception {
        assertThat(mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void prometheusScrapeShowsTheBusinessCountersToAnAdmin() throws Exception {
        MockHttpServletResponse scrape = mvc.perform(get("/actuator/prometheus")).andReturn().getResponse();

        assertThat(scrape.getStatus()).isEqualTo(200);
        assertThat(scrape.getContentAsString()).contains("broadsheet_paywall_shown_total", "broadsheet_meter_exhausted_total",
                "broadsheet_checkouts_started_total", "broadsheet_trials_started_total", "broadsheet_conversions_total",
                "broadsheet_webhook_events_received_total", "broadsheet_webhook_events_failed_total",
                "broadsheet_webhook_lag_seconds", "broadsheet_reconciliation_fixes_total");
    }

    @Test
    void countsThePaywallShownAndTheMeterRunningOut() throws Exception {
        Visitor visitor = new Visitor();
        double shownBefore = count("broadsheet.paywall.shown");
        double exhaustedBefore = count("broadsheet.meter.exhausted");

        mvc.perform(get("/api/v1/articles/" + articles.premium().slug()).with(visitor)).andReturn();
        for (int read = 0; read < 4; read++) {
            visitor.remember(mvc.perform(get("/api/v1/articles/" + articles.metered().slug()).with(visitor)).andReturn());
        }

        assertThat(count("broadsheet.paywall.shown") - shownBefore).isEqualTo(2);
        assertThat(count("broadsheet.meter.exhausted") - exhaustedBefore).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "metrics-checkout@example.com", roles = "READER")
    void countsACheckoutStarted() throws Exception {
        double before = count("broadsheet.checkouts.started");

        int status = mvc.perform(post("/api/v1/billing/checkout").contentType(MediaType.APPLICATION_JSON)
                .content("{\"plan\":\"monthly\"}")).andReturn().getResponse().getStatus();

        assertThat(status).isEqualTo(201);
        assertThat(count("broadsheet.checkouts.started") - before).isEqualTo(1);
    }

    @Test
    void countsARejectedWebhook() throws Exception {
        double before = registry.get("broadsheet.webhook.events.received").tag("outcome", "rejected").counter().count();

        int status = mvc.perform(post("/webhooks/stripe").header("Stripe-Signature", "t=1,v1=00")
                .contentType(MediaType.APPLICATION_JSON).content("{\"id\":\"evt_forged\"}")).andReturn().getResponse().getStatus();

        assertThat(status).isEqualTo(400);
        assertThat(registry.get("broadsheet.webhook.events.received").tag("outcome", "rejected").counter().count() - before)
                .isEqualTo(1);
    }

    @Test
    void pagesArePrivateUncachedAndVaryByCookieAndAuthorization() throws Exception {
        MockHttpServletResponse home = mvc.perform(get("/")).andReturn().getResponse();
        MockHttpServletResponse list = mvc.perform(get("/api/v1/articles")).andReturn().getResponse();

        for (MockHttpServletResponse response : new MockHttpServletResponse[] {home, list}) {
            assertThat(response.getHeaders("Cache-Control")).containsExactly(CachePolicyFilter.PERSONAL);
            assertThat(response.getHeaders("Vary")).anySatisfy(vary -> assertThat(vary).contains("Cookie", "Authorization"));
        }
    }

    @Test
    void personalPagesAreNeverStoredEvenWhenTheyOnlyRedirect() throws Exception {
        for (String path : new String[] {"/account", "/feed", "/api/v1/me"}) {
            MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(response.getHeaders("Cache-Control")).as(path).containsExactly("private, no-store");
            assertThat(response.getHeaders("Vary")).as(path).anySatisfy(vary -> assertThat(vary).contains("Cookie"));
        }
    }

    @Test
    @WithMockUser(username = "cache-reader@example.com", roles = "READER")
    void articlesAndTheReadersOwnDataAreNeverStored() throws Exception {
        String slug = articles.metered().slug();
        for (String path : new String[] {"/api/v1/me/saved", "/article/" + slug, "/api/v1/articles/" + slug}) {
            MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            assertThat(response.getHeaders("Cache-Control")).as(path).containsExactly("private, no-store");
            assertThat(response.getHeaders("Vary")).as(path).anySatisfy(vary -> assertThat(vary).contains("Cookie"));
        }
    }

    @Test
    void feedsAreBrieflyPublicAndSetNoCookie() throws Exception {
        for (String path : new String[] {"/rss.xml", "/sitemap.xml", "/robots.txt"}) {
            MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            assertThat(response.getHeaders("Cache-Control")).as(path).containsExactly("public, max-age=300");
            assertThat(response.getHeaders("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void staticAssetsAreFingerprintedAndCachedForAYear() throws Exception {
        String home = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        String stylesheet = home.replaceAll("(?s).*href=\"(/css/site-[0-9a-f]+\\.css)\".*", "$1");

        MockHttpServletResponse css = mvc.perform(get(stylesheet)).andReturn().getResponse();

        assertThat(stylesheet).startsWith("/css/site-");
        assertThat(css.getStatus()).isEqualTo(200);
        assertThat(css.getHeader("Cache-Control")).contains("public").contains("max-age=31536000");
        assertThat(css.getHeaders("Set-Cookie")).isEmpty();
    }

    private double count(String name) {
        return registry.get(name).counter().count();
    }
}
