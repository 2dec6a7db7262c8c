package org.broadsheet.web.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.broadsheet.billing.CheckoutSessions;
import org.broadsheet.billing.LocalCheckouts;
import org.broadsheet.billing.PaymentProviderUnavailable;
import org.broadsheet.web.support.SignedInReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:web-billing-api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "broadsheet.billing.jobs.enabled=false",
        "broadsheet.billing.stripe.webhook-secret=" + BillingApiIntegrationTests.SECRET,
        "broadsheet.base-url=http://localhost"})
@AutoConfigureMockMvc
@Import(Readers.Mapping.class)
class BillingApiIntegrationTests {

    static final String SECRET = "whsec_web_test";

    @Autowired
    MockMvc mvc;
    @Autowired
    LocalCheckouts localCheckouts;
    @MockitoSpyBean
    CheckoutSessions checkouts;

    @Test
    void listsBothPlansWithTheirPricesAndTrial() throws Exception {
        mvc.perform(get("/api/v1/plans"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].key").value("monthly"))
                .andExpect(jsonPath("$.items[0].amount").value(29900))
                .andExpect(jsonPath("$.items[0].currency").value("inr"))
                .andExpect(jsonPath("$.items[0].interval").value("month"))
                .andExpect(jsonPath("$.items[0].trialDays").value(14))
                .andExpect(jsonPath("$.items[1].key").value("annual"))
                .andExpect(jsonPath("$.items[1].interval").value("year"));
    }

    @Test
    void startsACheckoutWithTheTrialForAVerifiedReader() throws Exception {
        mvc.perform(post("/api/v1/billing/checkout").with(Readers.signedIn(Readers.verified()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"plan\":\"monthly\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.url").value(org.hamcrest.Matchers.startsWith("http://localhost/billing/local-checkout/lcs_")))
                .andExpect(jsonPath("$.trial").value(true));
    }

    @Test
    void answers401ProblemWithoutASignedInReader() throws Exception {
        mvc.perform(post("/api/v1/billing/checkout").contentType(MediaType.APPLICATION_JSON).content("{\"plan\":\"monthly\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/v1/me/subscription")).andExpect(status().isUnauthorized());
    }

    @Test
    void answers403ProblemWhileTheEmailIsNotVerified() throws Exception {
        mvc.perform(post("/api/v1/billing/checkout").with(Readers.signedIn(Readers.unverified()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"plan\":\"monthly\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Email not verified"));
    }

    @Test
    void answers400WithAFieldErrorForAnUnknownPlan() throws Exception {
        mvc.perform(post("/api/v1/billing/checkout").with(Readers.signedIn(Readers.verified()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"plan\":\"weekly\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("plan"));
    }

    @Test
    void answers409WhileTheAccountHasALiveSubscription() throws Exception {
        SignedInReader reader = Readers.verified();
        String sessionId = startLocalCheckout(reader);
        localCheckouts.pay(sessionId, reader.accountId(), "4242424242424242", "12/34", "123");

        mvc.perform(post("/api/v1/billing/checkout").with(Readers.signedIn(reader))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"plan\":\"annual\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").exists())
                .andExpect(jsonPath("$.detail").exists());
    }

    @Test
    void answers503ProblemWhenThePaymentProviderIsUnavailable() throws Exception {
        SignedInReader reader = Readers.verified();
        willThrow(new PaymentProviderUnavailable("Stripe failed to create a customer (ApiConnectionException)", null))
                .given(checkouts).start(any(), any(), any());

        mvc.perform(post("/api/v1/billing/checkout").with(Readers.signedIn(reader))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"plan\":\"monthly\"}"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The payment provider is unavailable, try again in a few minutes."))
                .andExpect(jsonPath("$.trace").doesNotExist());
    }

    @Test
    void showsNoneWithoutASubscriptionThenTheTrialThenCancellationAndResumption() throws Exception {
        SignedInReader reader = Readers.verified();
        mvc.perform(get("/api/v1/me/subscription").with(Readers.signedIn(reader)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("none"));

        localCheckouts.pay(startLocalCheckout(reader), reader.accountId(), "4242 4242 4242 4242", "12/34", "123");

        mvc.perform(get("/api/v1/me/subscription").with(Readers.signedIn(reader)))
                .andExpect(jsonPath("$.status").value("trialing"))
                .andExpect(jsonPath("$.plan").value("monthly"))
                .andExpect(jsonPath("$.trialEndsAt").isString())
                .andExpect(jsonPath("$.cancelAtPeriodEnd").value(false));
        mvc.perform(post("/api/v1/me/subscription/cancel").with(Readers.signedIn(reader)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("trialing"))
                .andExpect(jsonPath("$.cancelAtPeriodEnd").value(true));
        mvc.perform(post("/api/v1/me/subscription/resume").with(Readers.signedIn(reader)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cancelAtPeriodEnd").value(false));
    }

    @Test
    void keepsOneReadersSubscriptionAwayFromAnother() throws Exception {
        SignedInReader owner = Readers.verified();
        localCheckouts.pay(startLocalCheckout(owner), owner.accountId(), "4242424242424242", "12/34", "123");

        mvc.perform(get("/api/v1/me/subscription").with(Readers.signedIn(Readers.verified())))
                .andExpect(jsonPath("$.status").value("none"));
        mvc.perform(post("/api/v1/me/subscription/cancel").with(Readers.signedIn(Readers.verified())))
                .andExpect(status().isNotFound());
    }

    @Test
    void opensThePortal() throws Exception {
        SignedInReader reader = Readers.verified();
        startLocalCheckout(reader);

        mvc.perform(post("/api/v1/billing/portal").with(Readers.signedIn(reader)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.url").value("http://localhost/billing/local-portal"));
    }

    @Test
    void acceptsACorrectlySignedWebhookAndRejectsABadOne() throws Exception {
        String payload = "{\"id\":\"evt_web_1\",\"object\":\"event\",\"type\":\"plan.created\",\"data\":{\"object\":{\"id\":\"plan_1\"}}}";
        long now = Instant.now().getEpochSecond();

        mvc.perform(post("/webhooks/stripe").contentType(MediaType.APPLICATION_JSON).content(payload)
                        .header("Stripe-Signature", "t=" + now + ",v1=" + hmac(SECRET, now + "." + payload)))
                .andExpect(status().isOk());
        mvc.perform(post("/webhooks/stripe").contentType(MediaType.APPLICATION_JSON).content(payload)
                        .header("Stripe-Signature", "t=" + now + ",v1=" + hmac(SECRET, now + "." + payload)))
                .andExpect(status().isOk());
        mvc.perform(post("/webhooks/stripe").contentType(MediaType.APPLICATION_JSON).content(payload)
                        .header("Stripe-Signature", "t=" + now + ",v1=" + hmac("whsec_wrong", now + "." + payload)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        long stale = now - 600;
        mvc.perform(post("/webhooks/stripe").contentType(MediaType.APPLICATION_JSON).content(payload)
                        .header("Stripe-Signature", "t=" + stale + ",v1=" + hmac(SECRET, stale + "." + payload)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/webhooks/stripe").contentType(MediaType.APPLICATION_JSON).content("not json")
                        .header("Stripe-Signature", "t=" + now + ",v1=" + hmac(SECRET, now + ".not json")))
                .andExpect(status().isBadRequest());
    }

    private String startLocalCheckout(SignedInReader reader) throws Exception {
        String body = mvc.perform(post("/api/v1/billing/checkout").with(Readers.signedIn(reader))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"plan\":\"monthly\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String url = body.replaceAll(".*\"url\":\"([^\"]+)\".*", "$1");
        assertThat(url).contains("/billing/local-checkout/");
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static String hmac(String secret, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }
}
