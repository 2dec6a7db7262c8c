package org.broadsheet.content;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.broadsheet.content.visitor.SharedSecrets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Issues and verifies the anonymous visitor id carried in an HMAC-signed cookie value: {@code id.signature},
 * with a 128-bit random id and an HMAC-SHA256 signature, both base64url.
 */
@Service
public class VisitorIds {

    public static final String COOKIE_NAME = "bs_visitor";

    static final String KEY_NAME = "visitor-cookie-key";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final Pattern SIGNATURE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final PaywallProperties paywall;
    private final ObjectProvider<SharedSecrets> secrets;
    private volatile SecretKeySpec key;

    VisitorIds(PaywallProperties paywall, ObjectProvider<SharedSecrets> secrets) {
        this.paywall = paywall;
        this.secrets = secrets;
    }

    /** A new random visitor id, signed: the value to put in the cookie. */
    public String issueCookieValue() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String id = ENCODER.encodeToString(bytes);
        return id + "." + ENCODER.encodeToString(sign(id));
    }

    /**
     * The visitor id of a cookie value; empty for null, a forged, altered, truncated or foreign (signed with
     * another key) value.
     */
    public Optional<String> verify(String cookieValue) {
        if (cookieValue == null) {
            return Optional.empty();
        }
        int dot = cookieValue.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String id = cookieValue.substring(0, dot);
        String signature = cookieValue.substring(dot + 1);
        if (!ID.matcher(id).matches() || !SIGNATURE.matcher(signature).matches()) {
            return Optional.empty();
        }
        // Compare the canonical encodings, so non-canonical spellings of the same bytes are refused too.
        byte[] expected = ENCODER.encode(sign(id));
        byte[] presented = signature.getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, presented) ? Optional.of(id) : Optional.empty();
    }

    private byte[] sign(String id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return mac.doFinal(id.getBytes(StandardCharsets.US_ASCII));
        }
        catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is not available", impossible);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            synchronized (this) {
                current = key;
                if (current == null) {
                    String configured = paywall.visitorKey();
                    String material = configured != null && !configured.isBlank() ? configured
                            : secrets.getObject().secret(KEY_NAME);
                    current = new SecretKeySpec(material.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
                    key = current;
                }
            }
        }
        return current;
    }
}
