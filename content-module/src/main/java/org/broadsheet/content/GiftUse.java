package org.broadsheet.content;

import java.util.List;
import java.util.UUID;

/** A reader's use of gift links, for staff: this month's count and quota left, and every link, newest first. */
public record GiftUse(UUID accountId, int givenThisMonth, int remainingThisMonth, List<GiftLinkView> links) {
}
