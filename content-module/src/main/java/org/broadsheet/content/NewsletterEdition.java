package org.broadsheet.content;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One edition of a newsletter: the stories published since the previous edition, newest first.
 *
 * @param slot  the scheduled time this edition belongs to
 * @param slugs the stories it carries; empty when nothing was published (such an edition is not sent)
 */
public record NewsletterEdition(UUID id, String newsletterKey, Instant slot, List<String> slugs) {
}
