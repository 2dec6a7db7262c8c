package org.broadsheet.web.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.broadsheet.auth.AccountView;
import org.broadsheet.auth.ReaderAccounts;
import org.broadsheet.auth.Role;
import org.broadsheet.billing.BillingStandings;
import org.broadsheet.billing.BillingStandings.BillingStanding;
import org.broadsheet.billing.Entitlement;
import org.broadsheet.billing.EntitlementSource;
import org.broadsheet.billing.SubscriptionView;
import org.broadsheet.content.AccessLevel;
import org.broadsheet.content.ArticleCatalog;
import org.broadsheet.content.ArticleSummary;
import org.broadsheet.content.CatalogRef;
import org.broadsheet.web.support.SiteProperties;
import org.junit.jupiter.api.Test;

class DataExportsUnitTests {

    private static final Instant CREATED = Instant.parse("2026-11-02T10:15:30Z");

    private final ReaderAccounts accounts = mock(ReaderAccounts.class);
    private final BillingStandings standings = mock(BillingStandings.class);
    private final ArticleCatalog catalog = mock(ArticleCatalog.class);
    private final DataExports exports = new DataExports(accounts, standings, catalog,
            new SiteProperties("https://news.example.org/", ZoneId.of("UTC"), new SiteProperties.Billing(14)));

    /** Bytes written so far, and the size of the output each time a chunk was read. */
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<Integer> writtenAtEachRead = new ArrayList<>();

    @Test
    void writesEachChunkBeforeReadingTheNext() throws IOException {
        int total = 20_000;
        List<AccountView> all = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            all.add(account(new UUID(0, i), "reader" + i + "@example.org", "Reader " + i, Set.of(Role.READER)));
        }
        List<Integer> limits = new ArrayList<>();
        given(accounts.inIdOrderAfter(any(), anyInt())).willAnswer(call -> {
            UUID after = call.getArgument(0);
            int limit = call.getArgument(1);
            limits.add(limit);
            writtenAtEachRead.add(out.size());
            int from = after == null ? 0 : (int) after.getLeastSignificantBits() + 1;
            return List.copyOf(all.subList(Math.min(from, total), Math.min(from + limit, total)));
        });
        given(standings.of(anyCollection())).willAnswer(call -> none(call.getArgument(0)));

        long rows = exports.readers(out);

        assertThat(rows).isEqualTo(total);
        assertThat(limits).hasSizeGreaterThanOrEqualTo(total / DataExports.CHUNK).allMatch(limit -> limit <= DataExports.CHUNK);
        // when chunk n is read, the rows of the n - 1 chunks before it have already gone out
        for (int n = 1; n < writtenAtEachRead.size(); n++) {
            assertThat(writtenAtEachRead.get(n)).as("bytes written before chunk %d is read", n)
                    .isGreaterThan(writtenAtEachRead.get(n - 1) + DataExports.CHUNK * 20);
        }
        List<Map<String, String>> records = parse(out);
        assertThat(records).hasSize(total + 1);
        assertThat(records.get(total).get("email")).isEqualTo("reader19999@example.org");
    }

    @Test
    void asksBillingOncePerChunkNotOncePerReader() throws IOException {
        List<AccountView> chunk = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            chunk.add(account(UUID.randomUUID(), "r" + i + "@example.org", "R" + i, Set.of(Role.READER)));
        }
        given(accounts.inIdOrderAfter(any(), anyInt())).willReturn(chunk);
        List<Collection<UUID>> asked = new ArrayList<>();
        given(standings.of(anyCollection())).willAnswer(call -> {
            asked.add(call.getArgument(0));
            return none(call.getArgument(0));
        });

        exports.readers(out);

        assertThat(asked).hasSize(1);
        assertThat(asked.get(0)).containsExactlyElementsOf(chunk.stream().map(AccountView::id).toList());
    }

    @Test
    void writesReaderColumnsWithSubscriptionAndEntitlement() throws IOException {
        UUID subscriber = UUID.randomUUID();
        UUID editor = UUID.randomUUID();
        Instant trialEnd = Instant.parse("2026-12-17T10:00:00Z");
        given(accounts.inIdOrderAfter(any(), anyInt())).willReturn(List.of(
                account(subscriber, "sub@example.org", "Sub Scriber", Set.of(Role.READER)),
                account(editor, "ed@example.org", "Ed Itor", Set.of(Role.READER, Role.EDITOR))));
        given(standings.of(anyCollection())).willReturn(Map.of(
                subscriber, new BillingStanding(new SubscriptionView("trialing", "monthly", trialEnd, trialEnd, false),
                        new Entitlement(EntitlementSource.TRIAL, true, trialEnd)),
                editor, BillingStanding.none()));

        exports.readers(out);

        List<Map<String, String>> records = parse(out);
        assertThat(records.get(0).keySet()).containsExactlyElementsOf(DataExports.READER_COLUMNS);
        Map<String, String> sub = records.get(1);
        assertThat(sub).containsEntry("id", subscriber.toString()).containsEntry("email", "sub@example.org")
                .containsEntry("roles", "READER").containsEntry("created_at", "2026-11-02T10:15:30Z")
                .containsEntry("email_verified", "true").containsEntry("locked", "false")
                .containsEntry("subscription_status", "trialing").containsEntry("subscription_plan", "monthly")
                .containsEntry("trial_ends_at", "2026-12-17T10:00:00Z").containsEntry("cancel_at_period_end", "false")
                .containsEntry("entitlement_source", "TRIAL").containsEntry("entitlement_until", "2026-12-17T10:00:00Z");
        assertThat(records.get(2)).containsEntry("roles", "READER EDITOR")
                .containsEntry("subscription_status", "none").containsEntry("subscription_plan", "")
                .containsEntry("entitlement_source", "STAFF").containsEntry("entitlement_until", "");
    }

    @Test
    void quotesSeparatorsQuotesAndLineBreaksAndDisarmsFormulas() throws IOException {
        UUID id = UUID.randomUUID();
        given(accounts.inIdOrderAfter(any(), anyInt())).willReturn(List.of(
                account(id, "@evil@example.org", "=HYPERLINK(\"http://x\",\"Click\"), \"quoted\"\nnext line", Set.of(Role.READER))));
        given(standings.of(anyCollection())).willAnswer(call -> none(call.getArgument(0)));

        exports.readers(out);

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"Click\"\"), \"\"quoted\"\"\nnext line\"");
        Map<String, String> row = parse(out).get(1);
        assertThat(row.get("email")).isEqualTo("'@evil@example.org");
        assertThat(row.get("name")).isEqualTo("'=HYPERLINK(\"http://x\",\"Click\"), \"quoted\"\nnext line");
        assertThat(text).startsWith("id,email,name,roles,").contains("\r\n");
    }

    @Test
    void writesArticleMetadataWithoutBodyText() throws IOException {
        ArticleSummary article = new ArticleSummary(UUID.randomUUID(), "budget-day", "+5% on budget day",
                "A summary that stays out.", new CatalogRef("economy", "Economy"),
                List.of(new CatalogRef("tax", "Tax"), new CatalogRef("budget", "Budget")),
                List.of(new CatalogRef("asha-rao", "Asha Rao")), Instant.parse("2026-11-28T17:40:00Z"),
                Instant.parse("2026-11-29T08:00:00Z"), AccessLevel.PREMIUM, null);
        given(catalog.publishedInIdOrderAfter(any(), anyInt())).willReturn(List.of(article));

        long rows = exports.articles(out);

        assertThat(rows).isEqualTo(1);
        List<Map<String, String>> records = parse(out);
        assertThat(records.get(0).keySet()).containsExactlyElementsOf(DataExports.ARTICLE_COLUMNS);
        assertThat(records.get(1)).containsEntry("slug", "budget-day").containsEntry("headline", "'+5% on budget day")
                .containsEntry("section_key", "economy").containsEntry("section", "Economy")
                .containsEntry("topic_keys", "tax; budget").containsEntry("topics", "Tax; Budget")
                .containsEntry("author_keys", "asha-rao").containsEntry("authors", "Asha Rao")
                .containsEntry("access_level", "PREMIUM").containsEntry("published_at", "2026-11-28T17:40:00Z")
                .containsEntry("url", "https://news.example.org/article/budget-day");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("A summary that stays out.");
    }

    private static AccountView account(UUID id, String email, String name, Set<Role> roles) {
        return new AccountView(id, email, name, roles, true, false, CREATED);
    }

    private static Map<UUID, BillingStanding> none(Collection<UUID> ids) {
        Map<UUID, BillingStanding> map = new LinkedHashMap<>();
        ids.forEach(id -> map.put(id, BillingStanding.none()));
        return map;
    }

    /** Every row of the file, the header first, each as column name to cell. */
    private static List<Map<String, String>> parse(ByteArrayOutputStream out) throws IOException {
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(out.toString(StandardCharsets.UTF_8))).getRecords();
        List<String> header = records.get(0).toList();
        List<Map<String, String>> rows = new ArrayList<>();
        for (CSVRecord record : records) {
            assertThat(record.size()).as("cells of row %d", record.getRecordNumber()).isEqualTo(header.size());
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), record.get(i));
            }
            rows.add(row);
        }
        return rows;
    }
}
