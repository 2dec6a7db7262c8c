package org.broadsheet.content;

/** One line of the Following page: what is followed and how many articles appeared since the last visit. */
public record FollowingEntry(FollowTarget target, long newArticles) {
}
