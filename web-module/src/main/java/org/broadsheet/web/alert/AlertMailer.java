package org.broadsheet.web.alert;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.broadsheet.auth.AccountMail;
import org.broadsheet.content.AlertDigest;
import org.broadsheet.content.ReaderAlerts;
import org.broadsheet.web.support.SiteProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Mails batched alerts to readers who chose email alerts, at most one mail an hour each (content keeps the hour). */
@Component
class AlertMailer {

    static final String TEMPLATE = "reader-alerts";

    record MailedAlert(String headline, String summary, String url, String because) {
    }

    private final ReaderAlerts alerts;
    private final AccountMail mail;
    private final SiteProperties site;
    private final ObjectProvider<Clock> clocks;
    private final boolean jobsEnabled;
    private final TransactionTemplate transaction;

    AlertMailer(ReaderAlerts alerts, AccountMail mail, SiteProperties site, ObjectProvider<Clock> clocks,
            PlatformTransactionManager transactions, @Value("${broadsheet.alerts.jobs.enabled:true}") boolean jobsEnabled) {
        this.transaction = new TransactionTemplate(transactions);
        this.alerts = alerts;
        this.mail = mail;
        this.site = site;
        this.clocks = clocks;
        this.jobsEnabled = jobsEnabled;
    }

    @Scheduled(fixedDelayString = "${broadsheet.alerts.mail-interval:PT5M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "reader-alert-mail", lockAtMostFor = "PT10M")
    void mailDueAlerts() {
        if (jobsEnabled) {
            mailDigests();
        }
    }

    /** Takes and queues every due batch in one transaction: a batch is marked mailed only with its mail queued. */
    int mailDigests() {
        Integer mailed = transaction.execute(status -> queueDigests());
        return mailed == null ? 0 : mailed;
    }

    private int queueDigests() {
        List<AlertDigest> digests = alerts.takeDigests(clocks.getIfAvailable(Clock::systemUTC).instant());
        for (AlertDigest digest : digests) {
            List<MailedAlert> items = digest.alerts().stream()
                    .map(a -> new MailedAlert(a.headline(), a.summary(), site.absolute("/article/" + a.slug()), a.because()))
                    .toList();
            mail.send(digest.accountId(), TEMPLATE, Map.of("alerts", items, "alertsUrl", site.absolute("/account/alerts")),
                    "alerts:" + digest.accountId() + ":" + digest.alerts().get(digest.alerts().size() - 1).id());
        }
        return digests.size();
    }
}
