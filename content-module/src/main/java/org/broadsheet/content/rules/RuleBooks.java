package org.broadsheet.content.rules;

import org.broadsheet.content.ContentProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The current compiled rule book of this instance: loaded on first use, replaced at once after a local change,
 * and refreshed every few seconds when another instance raised the stored version.
 */
@Component
public class RuleBooks {

    private static final Logger log = LoggerFactory.getLogger(RuleBooks.class);

    private final RuleStore store;
    private final ContentProperties content;
    private volatile RuleBook current;

    RuleBooks(RuleStore store, ContentProperties content) {
        this.store = store;
        this.content = content;
    }

    /** The rule book in force; never null. */
    public RuleBook current() {
        RuleBook book = current;
        if (book == null) {
            synchronized (this) {
                book = current;
                if (book == null) {
                    book = load();
                    current = book;
                }
            }
        }
        return book;
    }

    /** Reloads the rules now (after a change on this instance). */
    public synchronized void reload() {
        current = load();
    }

    /** Reloads when the stored version moved since this book was read (a change on any instance). */
    @Scheduled(fixedDelayString = "${broadsheet.paywall.rules-refresh-interval:PT2S}",
            initialDelayString = "${broadsheet.paywall.rules-refresh-interval:PT2S}")
    public void refresh() {
        try {
            RuleBook book = current;
            if (book == null || store.version() != book.version()) {
                reload();
            }
        }
        catch (RuntimeException failed) {
            log.warn("Could not refresh the access rules; keeping the ones in force: {}", failed.getMessage());
        }
    }

    private RuleBook load() {
        // the version first: a change racing this read shows up as a newer version at the next refresh
        long version = store.version();
        return RuleBook.compile(store.all(), content.timeZone(), version);
    }
}
