package org.broadsheet.content;

import java.time.Instant;
import java.util.UUID;

/**
 * A gift link as its giver and staff see it (never its token).
 *
 * @param headline     null when the article is no longer published
 * @param revokedAt    null unless revoked
 * @param lastOpenedAt null until first opened
 */
public record GiftLinkView(UUID id, UUID giverId, String slug, String headline, Instant createdAt, Instant expiresAt,
        Instant revokedAt, int opens, Instant lastOpenedAt, Status status) {

    /** Whether the link still opens its article. */
    public enum Status { ACTIVE, EXPIRED, REVOKED }
}
