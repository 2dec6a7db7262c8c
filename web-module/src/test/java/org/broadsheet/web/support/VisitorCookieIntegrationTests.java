package org.broadsheet.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.broadsheet.content.VisitorIds;
import org.broadsheet.web.Articles;
import org.broadsheet.web.Articles.Published;
import org.broadsheet.web.Visitor;
import org.broadsheet.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@WebIntegrationTest
class VisitorCookieIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Articles articles;

    @Autowired
    JsonMapper json;

    @Test
    void issuesAnHttpOnlySameSiteLaxCookieForAYear() throws Exception {
        MvcResult result = mvc.perform(get("/")).andReturn();

        String header = result.getResponse().getHeader("Set-Cookie");
        assertThat(header).startsWith(VisitorIds.COOKIE_NAME + "=")
                .contains("HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=" + 400L * 24 * 60 * 60)
                .doesNotContain("Secure");
    }

    @Test
    void appCallingWithItsBearerTokenAndStripeGetNoVisitorCookie() throws Exception {
        Published story = articles.metered();
        String email = "visitor-cookie-" + UUID.randomUUID() + "@example.org";
        String account = "{\"email\":\"" + email + "\",\"password\":\"a long private phrase\",\"name\":\"App Reader\"}";
        mvc.perform(post("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON).content(account))
                .andExpect(status().isCreated());
        String token = json.readTree(mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content(account)).andReturn().getResponse().getContentAsString()).get("token").asString();

        MvcResult read = mvc.perform(get("/api/v1/articles/{slug}", story.slug()).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andReturn();
        MvcResult webhook = mvc.perform(post("/webhooks/stripe").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andReturn();

        assertThat(json.readTree(read.getResponse().getContentAsString()).at("/access/reason").asString()).isEqualTo("METER");
        assertThat(read.getResponse().getHeader("Set-Cookie")).isNull();
        assertThat(webhook.getResponse().getStatus()).isEqualTo(400);
        assertThat(webhook.getResponse().getHeader("Set-Cookie")).isNull();
        assertThat(mvc.perform(get("/api/v1/articles/{slug}", story.slug())).andReturn().getResponse()
                .getHeader("Set-Cookie")).as("an anonymous app still gets one").startsWith(VisitorIds.COOKIE_NAME + "=");
    }

    @Test
    void marksTheCookieSecureOverHttps() throws Exception {
        MvcResult result = mvc.perform(get("/").secure(true)).andReturn();

        assertThat(result.getResponse().getHeader("Set-Cookie")).contains("Secure", "HttpOnly", "SameSite=Lax");
    }

    @Test
    void keepsAValidCookieWithoutIssuingAnother() throws Exception {
        Visitor visitor = new Visitor();
        visitor.remember(mvc.perform(get("/").with(visitor)).andReturn());

        MvcResult again = mvc.perform(get("/").with(visitor)).andReturn();

        assertThat(visitor.cookieValue()).isNotBlank();
        assertThat(again.getResponse().getCookie(VisitorIds.COOKIE_NAME)).isNull();
    }

    @Test
    void ignoresTamperedTruncatedAndForeignCookies() throws Exception {
        Visitor reader = new Visitor();
        List<Published> spent = List.of(articles.metered(), articles.metered(), articles.metered());
        for (Published story : spent) {
            read(reader, story);
        }
        Published next = articles.metered();
        assertThat(read(reader, next).get("access").get("reason").asString()).isEqualTo("METER_EXHAUSTED");
        String genuine = reader.cookieValue();
        String flipped = genuine.substring(0, genuine.length() - 1) + (genuine.endsWith("A") ? "B" : "A");
        String othersSignature = genuine.substring(0, genuine.indexOf('.') + 1) + signatureOf(anotherVisitorsCookie());

        for (String forged : List.of(flipped, genuine.substring(0, genuine.length() / 2), othersSignature,
                "someone-elses-visitor.c2lnbmF0dXJl", genuine + "x", "")) {
            MvcResult result = mvc.perform(get("/api/v1/articles/" + next.slug())
                    .cookie(new Cookie(VisitorIds.COOKIE_NAME, forged))).andReturn();
            Cookie issued = result.getResponse().getCookie(VisitorIds.COOKIE_NAME);
            assertThat(issued).as("a new cookie instead of '%s'", forged).isNotNull();
            assertThat(issued.getValue()).isNotEqualTo(forged).isNotEqualTo(genuine);
            JsonNode access = json.readTree(result.getResponse().getContentAsString()).get("access");
            assertThat(access.get("granted").asBoolean()).as("a fresh meter for '%s'", forged).isTrue();
            assertThat(access.get("meter").get("used").asInt()).isEqualTo(1);
        }
    }

    private String anotherVisitorsCookie() throws Exception {
        Visitor other = new Visitor();
        other.remember(mvc.perform(get("/").with(other)).andReturn());
        return other.cookieValue();
    }

    private static String signatureOf(String cookieValue) {
        return cookieValue.substring(cookieValue.lastIndexOf('.') + 1);
    }

    private JsonNode read(Visitor visitor, Published story) throws Exception {
        MvcResult result = visitor.remember(mvc.perform(get("/api/v1/articles/" + story.slug()).with(visitor)).andReturn());
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return json.readTree(result.getResponse().getContentAsString());
    }
}
