package org.broadsheet.content.reader;

import org.broadsheet.content.ArticleRead;
import org.broadsheet.content.ReadingHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Writes signed-in readers' granted reads into My Reads once the read itself is committed; a failure here is
 * logged and never spoils the read.
 */
@Component
class ArticleReadRecorder {

    private static final Logger log = LoggerFactory.getLogger(ArticleReadRecorder.class);

    private final ReadingHistory history;
    private final ReaderClock clock;

    ArticleReadRecorder(ReadingHistory history, ReaderClock clock) {
        this.history = history;
        this.clock = clock;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ArticleRead read) {
        if (read.accountId() == null || read.articleId() == null) {
            return;
        }
        try {
            history.record(read.accountId(), read.articleId(), read.at() != null ? read.at() : clock.now());
        }
        catch (RuntimeException e) {
            log.warn("Could not record a read of article {} in My Reads", read.articleId(), e);
        }
    }
}
