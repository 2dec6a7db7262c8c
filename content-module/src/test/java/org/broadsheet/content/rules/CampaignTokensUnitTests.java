package org.broadsheet.content.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.broadsheet.content.visitor.SharedSecrets;
import org.junit.jupiter.api.Test;

class CampaignTokensUnitTests {

    private static final Instant EXPIRY = Instant.parse("2026-12-10T00:00:00Z");
    private final UUID campaign = UUID.randomUUID();
    private final CampaignTokens tokens = tokens("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

    @Test
    void opensTheArticleItWasSignedForUntilItExpires() {
        String token = tokens.sign(campaign, "the-editorial", EXPIRY);

        assertThat(tokens.verify(token, "the-editorial", EXPIRY.minusSeconds(1))).isEqualTo(campaign);
        assertThat(tokens.verify(token, "the-editorial", EXPIRY)).isNull();
    }

    @Test
    void refusesTheTokenForAnyOtherArticle() {
        String token = tokens.sign(campaign, "the-editorial", EXPIRY);

        assertThat(tokens.verify(token, "another-article", EXPIRY.minusSeconds(60))).isNull();
    }

    @Test
    void refusesAStretchedExpiryAForgedSignatureAndAnotherKey() {
        String token = tokens.sign(campaign, "the-editorial", EXPIRY);
        String stretched = token.replace("." + EXPIRY.getEpochSecond() + ".",
                "." + EXPIRY.plusSeconds(86_400).getEpochSecond() + ".");

        assertThat(tokens.verify(stretched, "the-editorial", EXPIRY.minusSeconds(60))).isNull();
        assertThat(tokens.verify(token.substring(0, token.length() - 2) + "AA", "the-editorial",
                EXPIRY.minusSeconds(60))).isNull();
        assertThat(tokens("BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB").verify(token, "the-editorial",
                EXPIRY.minusSeconds(60))).isNull();
        assertThat(tokens.verify("not-a-token", "the-editorial", EXPIRY.minusSeconds(60))).isNull();
        assertThat(tokens.verify(null, "the-editorial", EXPIRY.minusSeconds(60))).isNull();
    }

    private static CampaignTokens tokens(String secret) {
        SharedSecrets secrets = mock(SharedSecrets.class);
        given(secrets.hmacSha256(eq(CampaignTokens.KEY_NAME), anyString()))
                .willAnswer(call -> hmac(secret, call.getArgument(1)));
        return new CampaignTokens(secrets);
    }

    private static byte[] hmac(String secret, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getUrlDecoder().decode(secret), "HmacSHA256"));
        return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    }
}
