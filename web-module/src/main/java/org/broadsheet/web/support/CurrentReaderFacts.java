package org.broadsheet.web.support;

import jakarta.servlet.http.HttpServletRequest;
import org.broadsheet.content.ReaderFacts;
import org.broadsheet.web.crawler.VerifiedCrawlers;
import org.springframework.stereotype.Component;

/** What the access decision knows of the reader behind a request: signed-in account, staff, visitor id. */
@Component
public class CurrentReaderFacts {

    private final CurrentReaders readers;
    private final VisitorContext visitors;
    private final VerifiedCrawlers crawlers;

    public CurrentReaderFacts(CurrentReaders readers, VisitorContext visitors, VerifiedCrawlers crawlers) {
        this.readers = readers;
        this.visitors = visitors;
        this.crawlers = crawlers;
    }

    /**
     * The reader facts of this request; the visitor id inside is null only when no visitor cookie applies. An
     * anonymous request from a verified search crawler (option on, DNS-verified client address) is that crawler.
     */
    public ReaderFacts of(HttpServletRequest request) {
        String visitorId = visitors.visitorId(request).orElse(null);
        return readers.current()
                .map(reader -> ReaderFacts.signedIn(reader.accountId(), visitorId, reader.isStaff()))
                .orElseGet(() -> crawler(request).orElseGet(() -> ReaderFacts.anonymous(visitorId)));
    }

    private java.util.Optional<ReaderFacts> crawler(HttpServletRequest request) {
        if (!crawlers.enabled()) {
            return java.util.Optional.empty();
        }
        // the address the connector saw (Boot's forwarded-headers strategy applies when configured), never a header
        return crawlers.verify(request.getRemoteAddr(), request.getHeader("User-Agent"))
                .map(ReaderFacts::verifiedCrawler);
    }
}
