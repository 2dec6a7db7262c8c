package org.broadsheet.web.newsletter;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.broadsheet.auth.AccountMail;
import org.broadsheet.auth.AccountView;
import org.broadsheet.auth.ReaderAccounts;
import org.broadsheet.content.AccessReason;
import org.broadsheet.content.ArticleGate;
import org.broadsheet.content.Newsletter;
import org.broadsheet.content.NewsletterEdition;
import org.broadsheet.content.NewsletterEditions;
import org.broadsheet.content.Newsletters;
import org.broadsheet.content.ReadableArticle;
import org.broadsheet.content.ReaderFacts;
import org.broadsheet.web.support.NewsTimes;
import org.broadsheet.web.support.SiteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends newsletter editions: each story is rendered for each reader through the gate, so an entitled reader's
 * mail carries the whole of a PREMIUM story and anyone else's only its lead-in and a call to action. Every
 * delivery is claimed (a unique row per edition and reader) in the transaction that queues the mail, so two
 * instances, or two runs at once, never mail a reader twice; the scheduler lock only saves them the work.
 */
@Component
class EditionMailer {

    static final String TEMPLATE = "newsletter-edition";
    private static final Logger log = LoggerFactory.getLogger(EditionMailer.class);

    /** One story of an edition as this reader's mail shows it. */
    record Story(String headline, String summary, String url, String published, List<String> paragraphs,
            boolean complete, boolean subscriberOnly) {
    }

    private final NewsletterEditions editions;
    private final Newsletters newsletters;
    private final ArticleGate gate;
    private final ReaderAccounts accounts;
    private final AccountMail mail;
    private final SiteProperties site;
    private final NewsTimes times;
    private final TransactionTemplate transaction;
    private final ObjectProvider<Clock> clocks;
    private final boolean jobsEnabled;

    EditionMailer(NewsletterEditions editions, Newsletters newsletters, ArticleGate gate, ReaderAccounts accounts,
            AccountMail mail, SiteProperties site, NewsTimes times, PlatformTransactionManager transactions,
            ObjectProvider<Clock> clocks, @Value("${broadsheet.newsletters.jobs.enabled:true}") boolean jobsEnabled) {
        this.editions = editions;
        this.newsletters = newsletters;
        this.gate = gate;
        this.accounts = accounts;
        this.mail = mail;
        this.site = site;
        this.times = times;
        this.transaction = new TransactionTemplate(transactions);
        this.clocks = clocks;
        this.jobsEnabled = jobsEnabled;
    }

    @Scheduled(fixedDelayString = "${broadsheet.newsletters.send-interval:PT1M}", initialDelayString = "PT30S")
    @SchedulerLock(name = "newsletter-editions", lockAtMostFor = "PT30M")
    void sendDueEditions() {
        if (!jobsEnabled) {
            return;
        }
        for (NewsletterEdition edition : editions.due(clocks.getIfAvailable(Clock::systemUTC).instant())) {
            send(edition);
        }
    }

    /** Mails the edition to every reader of its newsletter who has not had it yet; returns how many were mailed now. */
    int send(NewsletterEdition edition) {
        if (edition.slugs().isEmpty()) {
            return 0;
        }
        Newsletter newsletter = newsletters.find(edition.newsletterKey()).orElse(null);
        if (newsletter == null) {
            return 0;
        }
        int sent = 0;
        for (UUID accountId : editions.awaiting(edition)) {
            try {
                Boolean mailed = transaction.execute(status -> sendTo(newsletter, edition, accountId));
                if (Boolean.TRUE.equals(mailed)) {
                    sent++;
                }
            } catch (RuntimeException e) {
                log.warn("Newsletter '{}' edition {} not sent to account {}: {}", newsletter.key(), edition.id(), accountId,
                        e.toString());
            }
        }
        return sent;
    }

    private boolean sendTo(Newsletter newsletter, NewsletterEdition edition, UUID accountId) {
        Optional<AccountView> account = accounts.findById(accountId);
        if (account.isEmpty() || account.get().locked()) {
            return false;
        }
        if (!editions.claim(edition.id(), accountId)) {
            return false;
        }
        ReaderFacts reader = ReaderFacts.signedIn(accountId, null, account.get().isStaff());
        List<Story> stories = new ArrayList<>();
        boolean anyGated = false;
        for (String slug : edition.slugs()) {
            Optional<ReadableArticle> readable = gate.peek(slug, reader);
            if (readable.isEmpty()) {
                continue;
            }
            Story story = story(readable.get());
            anyGated |= !story.complete();
            stories.add(story);
        }
        if (stories.isEmpty()) {
            return false;
        }
        String unsubscribeUrl = site.absolute("/newsletters/unsubscribe?token="
                + URLEncoder.encode(newsletters.unsubscribeToken(accountId, newsletter.key()), StandardCharsets.UTF_8));
        Map<String, Object> model = new HashMap<>();
        model.put("newsletter", newsletter);
        model.put("edition", times.date(edition.slot()));
        model.put("stories", stories);
        model.put("showOffer", anyGated);
        model.put("trialDays", site.billing().trialDays());
        model.put("subscribeUrl", site.absolute("/subscribe"));
        model.put("choicesUrl", site.absolute("/account/newsletters"));
        model.put("unsubscribeUrl", unsubscribeUrl);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("List-Unsubscribe", "<" + unsubscribeUrl + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        headers.put("List-Id", newsletter.name().replaceAll("[^A-Za-z0-9 ]", "") + " <" + newsletter.key() + ".newsletters.broadsheet>");
        return mail.send(accountId, TEMPLATE, model, "newsletter:" + edition.id() + ":" + accountId, headers);
    }

    private Story story(ReadableArticle article) {
        // a newsletter never spends the reader's free reads: metered stories show their lead-in and a link
        boolean complete = article.access().granted() && article.access().reason() != AccessReason.METER;
        List<String> paragraphs = complete ? article.paragraphs()
                : article.paragraphs().subList(0, Math.min(ArticleGate.LEAD_IN_PARAGRAPHS, article.paragraphs().size()));
        return new Story(article.headline(), article.summary(), site.absolute("/article/" + article.slug()),
                times.dateTime(article.publishedAt()), List.copyOf(paragraphs), complete,
                !complete && !article.access().granted()
                        && article.access().reason() == AccessReason.SUBSCRIPTION_REQUIRED);
    }
}
