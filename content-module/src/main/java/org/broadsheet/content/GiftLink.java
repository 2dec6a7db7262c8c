package org.broadsheet.content;

import java.time.Instant;
import java.util.UUID;

/**
 * A gift link just made. {@code token} goes into {@code /article/{slug}?gift=<token>}; it is shown only now
 * (only a hash of it is stored).
 *
 * @param remaining gifts the giver has left this calendar month
 */
public record GiftLink(UUID id, String slug, String token, Instant createdAt, Instant expiresAt, int remaining) {
}
