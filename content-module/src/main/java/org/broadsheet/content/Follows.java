package org.broadsheet.content;

import java.util.List;
import java.util.UUID;

/** The topics, authors and sections a reader follows. */
public interface Follows {

    /**
     * Follows a topic, author or section; following it again changes nothing.
     *
     * @throws ReaderTargetNotFoundException when the catalog has no such key of that kind
     */
    void follow(UUID accountId, FollowKind kind, String key);

    /**
     * Stops following; unfollowing something not followed changes nothing.
     *
     * @throws ReaderTargetNotFoundException when the catalog has no such key of that kind
     */
    void unfollow(UUID accountId, FollowKind kind, String key);

    /** Whether the reader follows this key (false for unknown keys). */
    boolean isFollowing(UUID accountId, FollowKind kind, String key);

    /** Everything the reader follows, by kind then name; never null. */
    List<FollowTarget> list(UUID accountId);

    /**
     * What the reader follows with the number of articles published in each since the reader last visited the
     * Following page (or since following it, for something followed after that visit). Does not mark a visit.
     */
    List<FollowingEntry> following(UUID accountId);

    /** Records that the reader has now seen the Following page: later counts start from now. */
    void markFollowingSeen(UUID accountId);
}
