package org.broadsheet.web.staff;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.broadsheet.auth.AccountView;
import org.broadsheet.auth.ReaderAccounts;
import org.broadsheet.auth.Role;
import org.broadsheet.billing.BillingStandings;
import org.broadsheet.billing.BillingStandings.BillingStanding;
import org.broadsheet.billing.Entitlement;
import org.broadsheet.billing.SubscriptionView;
import org.broadsheet.content.ArticleCatalog;
import org.broadsheet.content.ArticleSummary;
import org.broadsheet.content.CatalogRef;
import org.broadsheet.web.support.CsvCells;
import org.broadsheet.web.support.SiteProperties;
import org.springframework.stereotype.Component;

/**
 * Writes the readers and the articles as CSV while reading them: each module is read a chunk at a time in id
 * order (auth's accounts, content's articles), billing is asked about a whole chunk at once, and every chunk is
 * flushed to the client before the next is read. Memory stays that of one chunk however large the export.
 */
@Component
class DataExports {

    static final int CHUNK = 500;

    static final List<String> READER_COLUMNS = List.of("id", "email", "name", "roles", "created_at", "email_verified",
            "locked", "subscription_status", "subscription_plan", "trial_ends_at", "current_period_end",
            "cancel_at_period_end", "entitlement_source", "entitlement_until");

    static final List<String> ARTICLE_COLUMNS = List.of("slug", "headline", "section_key", "section", "topic_keys",
            "topics", "author_keys", "authors", "access_level", "published_at", "updated_at", "url");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private final ReaderAccounts accounts;
    private final BillingStandings standings;
    private final ArticleCatalog catalog;
    private final SiteProperties site;

    DataExports(ReaderAccounts accounts, BillingStandings standings, ArticleCatalog catalog, SiteProperties site) {
        this.accounts = accounts;
        this.standings = standings;
        this.catalog = catalog;
        this.site = site;
    }

    /** Writes every account with its roles, subscription and entitlement; returns the rows written. */
    long readers(OutputStream out) throws IOException {
        long rows = 0;
        try (CSVPrinter csv = printer(out, READER_COLUMNS)) {
            UUID after = null;
            List<AccountView> chunk;
            do {
                chunk = accounts.inIdOrderAfter(after, CHUNK);
                if (chunk.isEmpty()) {
                    break;
                }
                Map<UUID, BillingStanding> billing = standings.of(chunk.stream().map(AccountView::id).toList());
                for (AccountView account : chunk) {
                    csv.printRecord(readerRow(account, billing.getOrDefault(account.id(), BillingStanding.none())));
                    rows++;
                }
                csv.flush();
                after = chunk.get(chunk.size() - 1).id();
            } while (chunk.size() == CHUNK);
        }
        return rows;
    }

    /** Writes every published article's metadata (never its text); returns the rows written. */
    long articles(OutputStream out) throws IOException {
        long rows = 0;
        try (CSVPrinter csv = printer(out, ARTICLE_COLUMNS)) {
            UUID after = null;
            List<ArticleSummary> chunk;
            do {
                chunk = catalog.publishedInIdOrderAfter(after, CHUNK);
                if (chunk.isEmpty()) {
                    break;
                }
                for (ArticleSummary article : chunk) {
                    csv.printRecord(articleRow(article));
                    rows++;
                }
                csv.flush();
                after = chunk.get(chunk.size() - 1).id();
            } while (chunk.size() == CHUNK);
        }
        return rows;
    }

    private static CSVPrinter printer(OutputStream out, List<String> columns) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, FORMAT);
        csv.printRecord(columns);
        return csv;
    }

    private static List<String> readerRow(AccountView a, BillingStanding standing) {
        SubscriptionView s = standing.subscription();
        Entitlement e = standing.entitlement();
        boolean staff = a.isStaff();
        String source = staff ? "STAFF" : e.active() ? e.source().name() : "NONE";
        Instant until = staff || !e.active() ? null : e.until();
        return cells(a.id(), a.email(), a.name(), a.roles().stream().sorted().map(Role::name).collect(Collectors.joining(" ")),
                a.createdAt(), a.emailVerified(), a.locked(), s.status(), s.plan(), s.trialEndsAt(), s.currentPeriodEnd(),
                s.cancelAtPeriodEnd(), source, until);
    }

    private List<String> articleRow(ArticleSummary a) {
        return cells(a.slug(), a.headline(), a.section().key(), a.section().name(), keys(a.topics()), names(a.topics()),
                keys(a.authors()), names(a.authors()), a.accessLevel(), a.publishedAt(), a.updatedAt(),
                site.absolute("/article/" + a.slug()));
    }

    private static String keys(List<CatalogRef> refs) {
        return refs.stream().map(CatalogRef::key).collect(Collectors.joining("; "));
    }

    private static String names(List<CatalogRef> refs) {
        return refs.stream().map(CatalogRef::name).collect(Collectors.joining("; "));
    }

    private static List<String> cells(Object... values) {
        return java.util.Arrays.stream(values).map(CsvCells::text).toList();
    }
}
