package org.broadsheet.content;

import java.util.List;

/**
 * One page (from 0) of a reader's ranked feed. personalized is false for a reader who follows nothing (the feed
 * is then the latest and most-read articles); suggestions are things worth following, possibly empty.
 */
public record Feed(List<FeedItem> items, int page, int size, boolean hasNext, boolean personalized,
        List<FollowTarget> suggestions) {
}
