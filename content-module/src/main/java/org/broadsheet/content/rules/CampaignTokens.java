package org.broadsheet.content.rules;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


import org.broadsheet.content.visitor.SharedSecrets;
import org.springframework.stereotype.Component;

/**
 * Campaign link tokens: {@code ruleId.expiry.signature}, an HMAC-SHA256 (key shared by every instance through
 * {@link SharedSecrets}) over the campaign rule, the article's slug and the expiry, so a token names one article
 * and one end and cannot be moved to another article or stretched.
 */
@Component
public class CampaignTokens {

    static final String KEY_NAME = "campaign-link-key";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final Pattern TOKEN = Pattern.compile(
            "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\.([0-9]{1,12})\\.([A-Za-z0-9_-]{43})");

    private final SharedSecrets secrets;

    CampaignTokens(SharedSecrets secrets) {
        this.secrets = secrets;
    }

    /** A token for the campaign rule, naming the article and the expiry. */
    public String sign(UUID ruleId, String slug, Instant expiresAt) {
        String payload = ruleId + "." + expiresAt.getEpochSecond();
        return payload + "." + ENCODER.encodeToString(mac(payload, slug));
    }

    /**
     * The campaign rule a token names, when it is correctly signed for this very article and not expired at
     * {@code now}; null otherwise (also for a null or malformed token).
     */
    public UUID verify(String token, String slug, Instant now) {
        if (token == null || slug == null || token.length() > 120) {
            return null;
        }
        Matcher matcher = TOKEN.matcher(token);
        if (!matcher.matches()) {
            return null;
        }
        byte[] signature = DECODER.decode(matcher.group(3));
        if (!MessageDigest.isEqual(signature, mac(matcher.group(1) + "." + matcher.group(2), slug))) {
            return null;
        }
        if (now.getEpochSecond() >= Long.parseLong(matcher.group(2))) {
            return null;
        }
        return UUID.fromString(matcher.group(1));
    }

    private byte[] mac(String payload, String slug) {
        return secrets.hmacSha256(KEY_NAME, "campaign:" + payload + ":" + slug);
    }

}
