package org.broadsheet.web.support;

import jakarta.servlet.http.HttpServletRequest;
import org.broadsheet.content.ReaderFacts;
import org.springframework.stereotype.Component;

/** What the access decision knows of the reader behind a request: signed-in account, staff, visitor id. */
@Component
public class CurrentReaderFacts {

    private final CurrentReaders readers;
    private final VisitorContext visitors;

    public CurrentReaderFacts(CurrentReaders readers, VisitorContext visitors) {
        this.readers = readers;
        this.visitors = visitors;
    }

    /** The reader facts of this request; the visitor id inside is null only when no visitor cookie applies. */
    public ReaderFacts of(HttpServletRequest request) {
        String visitorId = visitors.visitorId(request).orElse(null);
        return readers.current()
                .map(reader -> ReaderFacts.signedIn(reader.accountId(), visitorId, reader.isStaff()))
                .orElseGet(() -> ReaderFacts.anonymous(visitorId));
    }
}
