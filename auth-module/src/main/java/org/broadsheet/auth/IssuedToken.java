package org.broadsheet.auth;

import java.time.Instant;

/** A freshly issued API token: the raw value is only ever shown here, once. */
public record IssuedToken(String token, Instant expiresAt) {

    @Override
    public String toString() {
        return "IssuedToken[expiresAt=" + expiresAt + "]";
    }
}
