package org.broadsheet.content;

import java.util.UUID;

/** What a verified unsubscribe link asks: take this reader off this newsletter. */
public record UnsubscribeRequest(UUID accountId, String newsletterKey) {
}
