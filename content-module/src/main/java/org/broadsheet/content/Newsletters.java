package org.broadsheet.content;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The newsletter catalogue, readers' choices of newsletters and their signed unsubscribe links. */
public interface Newsletters {

    /** Active newsletters in the catalogue's order; never null. */
    List<Newsletter> catalogue();

    /** Every newsletter, inactive ones too, for editors. */
    List<Newsletter> all();

    /** The newsletter with this key (active or not); empty when unknown or null. */
    Optional<Newsletter> find(String key);

    /**
     * Creates or replaces a newsletter of the catalogue (editors).
     *
     * @throws IllegalArgumentException for a blank key or name, or a cron expression Spring cannot read
     */
    Newsletter file(Newsletter newsletter);

    /** The keys of the newsletters the reader receives; empty for an unknown reader. */
    Set<String> choicesOf(UUID accountId);

    /**
     * Signs the reader up; signing up again changes nothing.
     *
     * @throws ReaderTargetNotFoundException (what {@code newsletter}) for an unknown or inactive key
     */
    void subscribe(UUID accountId, String key);

    /**
     * Takes the reader off the newsletter; doing it again changes nothing.
     *
     * @throws ReaderTargetNotFoundException (what {@code newsletter}) for an unknown key
     */
    void unsubscribe(UUID accountId, String key);

    /** Replaces the reader's choices with these keys; unknown and inactive keys are ignored. */
    void choose(UUID accountId, Set<String> keys);

    /** The readers who receive this newsletter. */
    List<UUID> subscribers(String key);

    /** A signed token for a one-click unsubscribe link of this reader and newsletter (HMAC-SHA256, base64url). */
    String unsubscribeToken(UUID accountId, String key);

    /** What a token asks to unsubscribe; empty for null, forged, altered or truncated tokens. */
    Optional<UnsubscribeRequest> verifyUnsubscribeToken(String token);
}
