package org.broadsheet.web.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import org.broadsheet.auth.ReaderAccounts;
import org.broadsheet.auth.Role;
import org.broadsheet.content.AccessLevel;
import org.broadsheet.web.ApiReaders;
import org.broadsheet.web.ApiReaders.ApiReader;
import org.broadsheet.web.Articles;
import org.broadsheet.web.FeatureContext;
import org.broadsheet.web.account.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Gift links through the API and pages, with real accounts: quota, expiry, revocation, scope, reason GIFT, meter. */
@FeatureContext
class GiftLinkIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiReaders readers;
    @Autowired
    Articles articles;
    @Autowired
    MovableClock clock;
    @Autowired
    ReaderAccounts accounts;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void giftLinkOpensItsArticleInFullWithReasonGift() throws Exception {
        String marker = Articles.marker();
        Articles.Published premium = articles.draft(AccessLevel.PREMIUM).paragraph(5, marker).publish();
        ApiReader giver = readers.entitled("Generous Subscriber");
        ApiReader friend = readers.register("Lucky Friend");

        JsonNode gift = give(giver, premium.slug());
        assertThat(gift.get("url").asString()).startsWith("http://localhost/article/" + premium.slug() + "?gift=");
        assertThat(gift.get("remaining").asInt()).isEqualTo(9);
        assertThat(Instant.parse(gift.get("expiresAt").asString()))
                .isBetween(clock.instant().plus(Duration.ofDays(30)).minusSeconds(60), clock.instant().plus(Duration.ofDays(30)));
        String token = token(gift);

        mvc.perform(get("/api/v1/articles/{slug}", premium.slug()).param("gift", token).header("Authorization", friend.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.access.granted").value(true))
                .andExpect(jsonPath("$.access.reason").value("GIFT"))
                .andExpect(jsonPath("$.truncated").value(false))
                .andExpect(jsonPath("$.paragraphs[4]").value(marker));
        mvc.perform(get("/article/{slug}", premium.slug()).param("gift", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(marker)))
                .andExpect(content().string(containsString("A subscriber gifted you this article")));
        mvc.perform(get("/api/v1/articles/{slug}", premium.slug()).header("Authorization", friend.bearer()))
                .andExpect(jsonPath("$.access.reason").value("SUBSCRIPTION_REQUIRED"))
                .andExpect(content().string(not(containsString(marker))));
    }

    @Test
    void giftedMeteredArticleLeavesTheMeterUntouched() throws Exception {
        Articles.Published gifted = articles.metered();
        Articles.Published other = articles.metered();
        ApiReader giver = readers.entitled("Metered Giver");
        ApiReader friend = readers.register("Metered Friend");
        String token = token(give(giver, gifted.slug()));

        mvc.perform(get("/api/v1/articles/{slug}", gifted.slug()).param("gift", token).header("Authorization", friend.bearer()))
                .andExpect(jsonPath("$.access.reason").value("GIFT"))
                .andExpect(jsonPath("$.access.meter.used").value(0));
        mvc.perform(get("/api/v1/articles/{slug}", other.slug()).header("Authorization", friend.bearer()))
                .andExpect(jsonPath("$.access.reason").value("METER"))
                .andExpect(jsonPath("$.access.meter.used").value(1));
    }

    @Test
    void giftLinkDoesNotOpenAnyOtherArticle() throws Exception {
        Articles.Published gifted = articles.premium();
        String marker = Articles.marker();
        Articles.Published other = articles.draft(AccessLevel.PREMIUM).paragraph(5, marker).publish();
        String token = token(give(readers.entitled("Scoped Giver"), gifted.slug()));

        mvc.perform(get("/api/v1/articles/{slug}", other.slug()).param("gift", token))
                .andExpect(jsonPath("$.access.granted").value(false))
                .andExpect(jsonPath("$.access.reason").value("SUBSCRIPTION_REQUIRED"))
                .andExpect(jsonPath("$.truncated").value(true))
                .andExpect(content().string(not(containsString(marker))));
        mvc.perform(get("/api/v1/articles/{slug}", gifted.slug()).param("gift", token.substring(0, token.length() - 2) + "xx"))
                .andExpect(jsonPath("$.access.reason").value("SUBSCRIPTION_REQUIRED"));
    }

    @Test
    void revokedGiftLinkStopsWorkingAndOnlyItsGiverRevokesIt() throws Exception {
        Articles.Published premium = articles.premium();
        ApiReader giver = readers.entitled("Revoking Giver");
        JsonNode gift = give(giver, premium.slug());
        String token = token(gift);
        String id = gift.get("id").asString();

        mvc.perform(delete("/api/v1/me/gifts/{id}", id).header("Authorization", readers.entitled("Someone Else").bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/articles/{slug}", premium.slug()).param("gift", token))
                .andExpect(jsonPath("$.access.reason").value("GIFT"));

        mvc.perform(delete("/api/v1/me/gifts/{id}", id).header("Authorization", giver.bearer()))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/articles/{slug}", premium.slug()).param("gift", token))
                .andExpect(jsonPath("$.access.reason").value("SUBSCRIPTION_REQUIRED"));
        mvc.perform(get("/api/v1/me/gifts").header("Authorization", giver.bearer()))
                .andExpect(jsonPath("$.items[0].status").value("REVOKED"));
    }

    @Test
    void giftLinkExpiresAfterThirtyDays() throws Exception {
        Articles.Published premium = articles.premium();
        String token = token(give(readers.entitled("Expiring Giver"), premium.slug()));

        clock.advance(Duration.ofDays(29));
        mvc.perform(get("/api/v1/articles/{slug}", premium.slug()).param("gift", token))
                .andExpect(jsonPath("$.access.reason").value("GIFT"));

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        mvc.perform(get("/api/v1/articles/{slug}", premium.slug()).param("gift", token))
                .andExpect(jsonPath("$.access.granted").value(false))
                .andExpect(jsonPath("$.access.reason").value("SUBSCRIPTION_REQUIRED"));
    }

    @Test
    void refusesTheEleventhGiftOfTheMonth() throws Exception {
        ApiReader giver = readers.entitled("Busy Giver");
        for (int i = 1; i <= 10; i++) {
            assertThat(give(giver, articles.premium().slug()).get("remaining").asInt()).isEqualTo(10 - i);
        }

        mvc.perform(post("/api/v1/me/gifts").header("Authorization", giver.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"slug\":\"" + articles.premium().slug() + "\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("10")));
    }

    @Test
    void readersWithoutEntitlementCannotGiveAndUnknownArticlesCannotBeGiven() throws Exception {
        ApiReader reader = readers.register("Unentitled Reader");
        mvc.perform(post("/api/v1/me/gifts").header("Authorization", reader.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"slug\":\"" + articles.premium().slug() + "\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/me/gifts").header("Authorization", readers.entitled("Lost Giver").bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"slug\":\"no-such-story\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/me/gifts").contentType(MediaType.APPLICATION_JSON).content("{\"slug\":\"x\"}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void articlePageOffersTheGiftFormWithGiftsLeftToEntitledReaders() throws Exception {
        Articles.Published premium = articles.premium();
        ApiReader giver = readers.entitled("Page Giver");

        mvc.perform(get("/article/{slug}", premium.slug()).with(user(readers.principal(giver))))
                .andExpect(content().string(containsString("10 gifts left this month")))
                .andExpect(content().string(containsString("Gift this article")));
        mvc.perform(post("/article/{slug}/gift", premium.slug()).with(user(readers.principal(giver)))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", startsWith("/article/" + premium.slug())));
        mvc.perform(get("/account/gifts").with(user(readers.principal(giver))))
                .andExpect(content().string(containsString("9 gifts left this month")))
                .andExpect(content().string(containsString(premium.headline())));
        mvc.perform(get("/article/{slug}", premium.slug()).with(user(readers.principal(readers.register("Plain Page Reader")))))
                .andExpect(content().string(not(containsString("gifts left this month"))));
    }

    @Test
    void staffSeeAReadersGiftUse() throws Exception {
        Articles.Published premium = articles.premium();
        ApiReader giver = readers.entitled("Watched Giver");
        String token = token(give(giver, premium.slug()));
        mvc.perform(get("/api/v1/articles/{slug}", premium.slug()).param("gift", token));
        ApiReader support = readers.register("Support Agent");
        accounts.setRoles(support.id(), EnumSet.of(Role.READER, Role.SUPPORT));
        String supportToken = readers.token(support.email());

        mvc.perform(get("/api/v1/staff/accounts/{id}/gifts", giver.id()).header("Authorization", "Bearer " + supportToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.givenThisMonth").value(1))
                .andExpect(jsonPath("$.remainingThisMonth").value(9))
                .andExpect(jsonPath("$.items[0].slug").value(premium.slug()))
                .andExpect(jsonPath("$.items[0].opens").value(1));
        mvc.perform(get("/api/v1/staff/accounts/{id}/gifts", giver.id()).header("Authorization", giver.bearer()))
                .andExpect(status().isForbidden());
    }

    private JsonNode give(ApiReader giver, String slug) throws Exception {
        String body = mvc.perform(post("/api/v1/me/gifts").header("Authorization", giver.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"slug\":\"" + slug + "\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    private static String token(JsonNode gift) {
        String url = gift.get("url").asString();
        return URLDecoder.decode(url.substring(url.indexOf("?gift=") + 6), StandardCharsets.UTF_8);
    }
}
