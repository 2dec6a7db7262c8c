package org.broadsheet.content;

import java.util.UUID;

/** The reader's personalized feed: published articles ranked by recency, follows, unread and a spread of sections. */
public interface PersonalFeed {

    /** One page (from 0) of the reader's feed; a reader who follows nothing gets the latest and most-read articles. */
    Feed feed(UUID accountId, int page, int size);
}
