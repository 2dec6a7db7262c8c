package org.broadsheet.content;

/**
 * The kinds of access rule editors manage, plus {@link #VERIFIED_CRAWLER}, which is never stored: it names the
 * crawler exception when a decision is explained.
 */
public enum AccessRuleKind {
    /** Free access for a section or the whole site between a start and an end. */
    PROMOTION,
    /** A signed link that opens one article, without the meter, until it expires. */
    CAMPAIGN,
    /** One article's level, whatever other rules say. */
    ARTICLE_PIN,
    /** A level for articles younger than N days and/or another from N days after publication. */
    TIME,
    /** The level of articles with a topic. */
    TOPIC_DEFAULT,
    /** The level of articles in a section. */
    SECTION_DEFAULT,
    /** Whether METERED reads in a section count, and against which limits. */
    METER,
    /** A search crawler verified by reverse and forward DNS (only when the option is on). */
    VERIFIED_CRAWLER
}
