package org.broadsheet.content.reader;

import org.broadsheet.content.ArticleRead;
import org.broadsheet.content.ReadingHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes signed-in readers' granted reads into My Reads once the read itself is committed; a failure here is
 * logged and never spoils the read. A read made outside any transaction (a reader's page or API call) is written
 * by its statements alone; one made inside a transaction is written, after that commits, in a new one of its own
 * (the finished transaction's connection would not commit it).
 */
@Component
class ArticleReadRecorder {

    private static final Logger log = LoggerFactory.getLogger(ArticleReadRecorder.class);

    private final ReadingHistory history;
    private final ReaderClock clock;
    private final TransactionTemplate ownTransaction;

    ArticleReadRecorder(ReadingHistory history, ReaderClock clock, PlatformTransactionManager transactions) {
        this.history = history;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleRead read) {
        if (read.accountId() == null || read.articleId() == null) {
            return;
        }
        try {
            Runnable record = () -> history.record(read.accountId(), read.articleId(),
                    read.at() != null ? read.at() : clock.now());
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                ownTransaction.executeWithoutResult(status -> record.run());
            }
            else {
                record.run();
            }
        }
        catch (RuntimeException e) {
            log.warn("Could not record a read of article {} in My Reads", read.articleId(), e);
        }
    }
}
