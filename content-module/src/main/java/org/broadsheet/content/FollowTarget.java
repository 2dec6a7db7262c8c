package org.broadsheet.content;

/** A topic, author or section a reader follows or may follow, with its catalog key and display name. */
public record FollowTarget(FollowKind kind, String key, String name) {
}
