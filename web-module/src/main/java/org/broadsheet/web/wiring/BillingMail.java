package org.broadsheet.web.wiring;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;

import org.broadsheet.auth.AccountMail;
import org.broadsheet.billing.PaymentFailed;
import org.broadsheet.billing.SubscriptionCanceled;
import org.broadsheet.billing.TrialEndingSoon;
import org.broadsheet.billing.TrialStarted;
import org.broadsheet.web.support.SiteProperties;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

/**
 * Turns billing's facts into account mail. Billing publishes each fact once per dedupe key, and the outbox
 * sends each key at most once, so a webhook delivered twice never mails twice.
 */
@Component
class BillingMail {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);

    private final AccountMail mail;
    private final ZoneId zone;

    BillingMail(AccountMail mail, SiteProperties site) {
        this.mail = mail;
        this.zone = site.timeZone();
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(TrialStarted event) {
        send(event.accountId(), "billing-trial-started", event.dedupeKey(), "trialEnd", event.trialEnd());
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(TrialEndingSoon event) {
        send(event.accountId(), "billing-trial-ending", event.dedupeKey(), "trialEnd", event.trialEnd());
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(PaymentFailed event) {
        send(event.accountId(), "billing-payment-failed", event.dedupeKey(), "failedAt", event.occurredAt());
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(SubscriptionCanceled event) {
        send(event.accountId(), "billing-subscription-canceled", event.dedupeKey(), "endedAt", event.endedAt());
    }

    private void send(UUID accountId, String template, String dedupeKey, String dateName, Instant date) {
        Map<String, Object> model = new HashMap<>();
        model.put(dateName, date == null ? null : DAY.format(date.atZone(zone)));
        mail.send(accountId, template, model, dedupeKey);
    }
}
