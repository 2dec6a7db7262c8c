package org.broadsheet.web.wiring;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.content.Meters;
import org.broadsheet.web.support.ReaderSignInListener;
import org.broadsheet.web.support.VisitorContext;
import org.springframework.stereotype.Component;

/** When a browser signs in or registers, the reads of its anonymous meter this month count toward the account. */
@Component
class VisitorMeterAdoption implements ReaderSignInListener {

    private final Meters meters;
    private final VisitorContext visitors;

    VisitorMeterAdoption(Meters meters, VisitorContext visitors) {
        this.meters = meters;
        this.visitors = visitors;
    }

    @Override
    public void readerSignedIn(UUID accountId, HttpServletRequest request, HttpServletResponse response) {
        visitors.visitorId(request).ifPresent(visitorId -> meters.adoptVisitorReads(visitorId, accountId));
    }
}
