package org.broadsheet.content;

import java.time.Instant;

/**
 * What the access decision would say for an article, a kind of reader and a moment. {@code levelRule} is the rule
 * that set {@code level} (null: the article's own level); {@code decision.rule()} the rule that decided (may be a
 * promotion or meter rule, or null). {@code explanation} says it in one sentence.
 */
public record AccessPreview(String slug, String headline, AccessLevel ownLevel, AccessLevel level,
        AppliedRule levelRule, PreviewReader reader, Instant at, AccessDecision decision, String explanation) {

    /** The readers a preview can be run for. */
    public enum PreviewReader {
        ANONYMOUS("an anonymous visitor"), REGISTERED("a registered reader"), SUBSCRIBER("a subscriber");

        private final String label;

        PreviewReader(String label) {
            this.label = label;
        }

        /** "an anonymous visitor", "a registered reader", "a subscriber". */
        public String label() {
            return label;
        }
    }
}
