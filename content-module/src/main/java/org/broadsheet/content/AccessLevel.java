package org.broadsheet.content;

/** Who may read an article: everyone, readers within the monthly meter, signed-in readers, or entitled readers. */
public enum AccessLevel {
    FREE, METERED, REGISTERED, PREMIUM
}
