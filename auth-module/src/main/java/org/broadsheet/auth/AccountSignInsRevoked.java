package org.broadsheet.auth;

import java.util.UUID;

/** Published when every session, token and remember-me login of an account was revoked (reset, lock, erasure). */
public record AccountSignInsRevoked(UUID accountId, String email) {
}
