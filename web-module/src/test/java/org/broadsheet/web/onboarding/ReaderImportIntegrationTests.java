package org.broadsheet.web.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.broadsheet.auth.AccountImports;
import org.broadsheet.auth.AccountMailLog;
import org.broadsheet.auth.MailRecord;
import org.broadsheet.auth.ReaderAccounts;
import org.broadsheet.auth.Role;
import org.broadsheet.billing.Comps;
import org.broadsheet.billing.CustomerLinks;
import org.broadsheet.billing.Entitlements;
import org.broadsheet.billing.FakeStripe;
import org.broadsheet.content.Newsletter;
import org.broadsheet.content.Newsletters;
import org.broadsheet.web.ApiReaders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** Readers moved in from CSV through the staff API: per-row report, idempotent re-runs, Stripe customers, scale. */
@ImportContext
class ReaderImportIntegrationTests {

    private static final String HEADER = "\uFEFF\"Name\",\"Email\",\"Created Date\",\"Newsletters\",\"Labels\",\"Comp Until\",\"Stripe Customer\"\r\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    ImportDriver imports;
    @Autowired
    ApiReaders apiReaders;
    @Autowired
    ReaderAccounts accounts;
    @Autowired
    AccountImports accountImports;
    @Autowired
    Newsletters newsletters;
    @Autowired
    Comps comps;
    @Autowired
    CustomerLinks customerLinks;
    @Autowired
    Entitlements entitlements;
    @Autowired
    AccountMailLog mail;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ImportJobs jobs;
    @Autowired
    ImportRunner runner;

    private final FakeStripe stripe = ImportContext.StripeServer.STRIPE;
    private String domain;
    private ApiReaders.ApiReader admin;

    @BeforeEach
    void setUp() throws Exception {
        domain = "@imp-" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
        admin = imports.staff(Role.ADMIN);
        newsletters.file(new Newsletter("imp-morning", "Morning", "The morning news", "Every morning", "0 0 7 * * *", null, 90, true));
        newsletters.file(new Newsletter("imp-evening", "Evening", "The evening news", "Every evening", "0 0 19 * * *", null, 91, true));
    }

    @Test
    void reportsEveryRowWithItsOutcomeAndReason() throws Exception {
        ApiReaders.ApiReader existing = apiReaders.register("Already Here");
        UUID other = apiReaders.register("Other Account").id();
        String taken = customer();
        stripe.customer(taken, null);
        customerLinks.link(other, taken);

        UUID job = imports.startReaders(admin, mixedFile(existing.email(), taken), false);

        JsonNode done = imports.completed(admin, job);
        assertThat(done.get("total").asInt()).isEqualTo(10);
        assertThat(done.get("done").asInt()).isEqualTo(10);
        assertThat(done.get("counts").get("imported").asInt()).isEqualTo(2);
        assertThat(done.get("counts").get("updated").asInt()).isEqualTo(1);
        assertThat(done.get("counts").get("rejected").asInt()).isEqualTo(7);
        assertThat(imports.report(admin, job)).containsExactly(
                new ImportDriver.Line(2, "asha" + domain, "IMPORTED", "account created"),
                new ImportDriver.Line(3, "vikram" + domain, "IMPORTED", "account created; comp until 2099-12-31"),
                new ImportDriver.Line(4, "ASHA" + domain, "REJECTED", "duplicate of line 2"),
                new ImportDriver.Line(5, "not-an-email", "REJECTED", "malformed email"),
                new ImportDriver.Line(6, "bad.date" + domain, "REJECTED", "bad created date \"01/04/2019\" (use YYYY-MM-DD)"),
                new ImportDriver.Line(7, "meera" + domain, "REJECTED", "conflicts with line 8 (same email, different details)"),
                new ImportDriver.Line(8, "meera" + domain, "REJECTED", "conflicts with line 7 (same email, different details)"),
                new ImportDriver.Line(9, "nl" + domain, "REJECTED", "unknown newsletter \"imp-unknown\""),
                new ImportDriver.Line(10, existing.email(), "UPDATED", "labels or reader-since date updated"),
                new ImportDriver.Line(11, "taken" + domain, "REJECTED",
                        "Stripe customer " + taken + " is already linked to another account"));

        UUID asha = accounts.findByEmail("asha" + domain).orElseThrow().id();
        assertThat(accounts.findById(asha).orElseThrow().createdAt()).isEqualTo(Instant.parse("2019-03-31T18:30:00Z"));
        assertThat(accountImports.labelsOf(asha)).containsExactly("gold", "print");
        assertThat(newsletters.choicesOf(asha)).containsExactlyInAnyOrder("imp-morning", "imp-evening");
        assertThat(accounts.findByEmail("vikram" + domain).orElseThrow().name()).isEqualTo("Rao, Vikram");
        assertThat(accounts.passwordMatches(asha, "")).isFalse();
        assertThat(accounts.findByEmail("meera" + domain)).isEmpty();
        assertThat(accounts.findByEmail("taken" + domain)).isEmpty();
        assertThat(mail.mailOf(asha, 10)).isEmpty();
        assertThat(jdbc.sql("SELECT action FROM staff_audit WHERE actor_id = :admin AND reason = 'Moving the publisher in' ORDER BY seq")
                .param("admin", admin.id()).query(String.class).list()).containsExactly("import-started", "import-completed");
    }

    @Test
    void runningTheSameFileAgainChangesNothing() throws Exception {
        ApiReaders.ApiReader existing = apiReaders.register("Here Before");
        String taken = customer();
        stripe.customer(taken, null);
        customerLinks.link(apiReaders.register("Holder").id(), taken);
        String file = mixedFile(existing.email(), taken);
        imports.completed(admin, imports.startReaders(admin, file, false));
        Map<String, Object> before = snapshot();

        UUID again = imports.startReaders(admin, file, false);

        JsonNode done = imports.completed(admin, again);
        assertThat(done.get("counts").get("imported").asInt()).isZero();
        assertThat(done.get("counts").get("updated").asInt()).isZero();
        assertThat(done.get("counts").get("unchanged").asInt()).isEqualTo(3);
        assertThat(imports.report(admin, again)).filteredOn(line -> !line.outcome().equals("REJECTED"))
                .extracting(ImportDriver.Line::outcome).containsOnly("UNCHANGED");
        Map<String, Object> after = snapshot();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void linksAnExistingStripeCustomerAndTakesOverItsSubscriptionWithoutMail() throws Exception {
        String customer = customer();
        String subscription = "sub_" + customer.substring(4);
        Instant periodEnd = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        stripe.customer(customer, null);
        stripe.subscription(subscription, customer, "active", FakeStripe.PRICE_MONTHLY, null, periodEnd, false);

        UUID job = imports.startReaders(admin, HEADER + "Paying Reader,payer" + domain + ",2021-06-01,,,," + customer + "\r\n", false);

        imports.completed(admin, job);
        assertThat(imports.report(admin, job)).singleElement().satisfies(line -> {
            assertThat(line.outcome()).isEqualTo("IMPORTED");
            assertThat(line.note()).isEqualTo("account created; Stripe customer linked, 1 subscription(s) synced");
        });
        UUID payer = accounts.findByEmail("payer" + domain).orElseThrow().id();
        assertThat(entitlements.of(payer).active()).isTrue();
        mvc.perform(get("/api/v1/staff/accounts/{id}", payer).header("Authorization", admin.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entitlement.active").value(true))
                .andExpect(jsonPath("$.entitlement.source").value("SUBSCRIPTION"))
                .andExpect(jsonPath("$.subscription.status").value("active"));
        assertThat(stripe.requests("GET", "/v1/subscriptions")).anySatisfy(r ->
                assertThat(r.params()).containsEntry("customer", customer));
        assertThat(mail.mailOf(payer, 10)).isEmpty();

        // the reader sets a password through the ordinary reset flow, signs in and sees the subscription
        mvc.perform(post("/api/v1/auth/password-reset").contentType("application/json")
                .content("{\"email\":\"payer" + domain + "\"}")).andExpect(status().isAccepted());
        String link = mail.mailOf(payer, 10).get(0).text();
        Matcher token = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(link);
        assertThat(token.find()).isTrue();
        mvc.perform(post("/api/v1/auth/password-reset/confirm").contentType("application/json")
                .content("{\"token\":\"" + token.group(1) + "\",\"password\":\"" + ApiReaders.PASSWORD + "\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + apiReaders.token("payer" + domain)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entitlement.active").value(true))
                .andExpect(jsonPath("$.entitlement.source").value("SUBSCRIPTION"))
                .andExpect(jsonPath("$.emailVerified").value(true));
    }

    @Test
    void rejectsAStripeCustomerStripeDoesNotKnow() throws Exception {
        String unknown = customer();

        UUID job = imports.startReaders(admin, HEADER + "Ghost,ghost" + domain + ",,,,," + unknown + "\r\n", false);

        imports.completed(admin, job);
        assertThat(imports.report(admin, job)).extracting(ImportDriver.Line::note)
                .containsExactly("Stripe has no customer " + unknown);
        assertThat(accounts.findByEmail("ghost" + domain)).isEmpty();
    }

    @Test
    void mailsAnInvitationOnlyWhenAskedAndOnlyOnce() throws Exception {
        String file = HEADER + "Quiet,quiet" + domain + ",,,,,\r\n";
        imports.completed(admin, imports.startReaders(admin, file, false));
        UUID quiet = accounts.findByEmail("quiet" + domain).orElseThrow().id();
        assertThat(mail.mailOf(quiet, 10)).isEmpty();

        imports.completed(admin, imports.startReaders(admin, file, true));
        imports.completed(admin, imports.startReaders(admin, file, true));

        assertThat(mail.mailOf(quiet, 10)).extracting(MailRecord::template).containsExactly("invitation");
        ApiReaders.ApiReader registered = apiReaders.register("Has Password");
        imports.completed(admin, imports.startReaders(admin, HEADER + "Has Password," + registered.email() + ",,,,,\r\n", true));
        assertThat(mail.mailOf(registered.id(), 10)).extracting(MailRecord::template).doesNotContain("invitation");
    }

    @Test
    void importsTwentyThousandRowsReportingProgressAlongTheWay() throws Exception {
        StringBuilder file = new StringBuilder("email,name,created_at,labels\n");
        for (int i = 0; i < 20_000; i++) {
            file.append("bulk").append(i).append(domain).append(",Bulk Reader ").append(i).append(",2020-01-01,bulk\n");
        }
        long started = System.nanoTime();

        UUID job = imports.startReaders(admin, file.toString(), false);

        List<JsonNode> intermediate = new ArrayList<>();
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(20)).until(() -> {
            JsonNode now = imports.job(admin, job);
            int done = now.get("done").asInt();
            if (done > 0 && done < 20_000) {
                intermediate.add(now);
            }
            return !intermediate.isEmpty();
        });
        JsonNode last = imports.completed(admin, job);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("20,000-row reader import: %.1f s, %.0f rows/s%n", seconds, 20_000 / seconds);
        JsonNode snapshot = intermediate.get(0);
        assertThat(snapshot.get("status").asString()).isEqualTo("RUNNING");
        assertThat(snapshot.get("total").asInt()).isEqualTo(20_000);
        assertThat(snapshot.get("percent").asInt()).isBetween(0, 99);
        assertThat(last.get("counts").get("imported").asInt()).isEqualTo(20_000);
        assertThat(last.get("percent").asInt()).isEqualTo(100);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM import_job_rows WHERE job_id = :id").param("id", job)
                .query(Integer.class).single()).isEqualTo(20_000);
    }

    @Test
    void marksAJobWhoseInstanceStoppedInterruptedAndResumesIt() throws Exception {
        UUID job = jobs.create(ImportKind.READERS, "stopped.csv", Map.of(), HEADER + "Late,late" + domain + ",,,,,\r\n",
                admin.id(), admin.email(), "Moving in", Instant.now());
        assertThat(jobs.claim(job, "an-instance-that-died", Instant.now().minus(Duration.ofMinutes(10)))).isTrue();

        runner.interruptStaleJobs();

        assertThat(imports.job(admin, job).get("status").asString()).isEqualTo("INTERRUPTED");
        mvc.perform(post("/api/v1/staff/imports/{id}/resume", job).header("Authorization", admin.bearer())
                        .contentType("application/json").content("{\"reason\":\"The instance restarted\"}"))
                .andExpect(status().isAccepted());
        imports.completed(admin, job);
        assertThat(accounts.findByEmail("late" + domain)).isPresent();
    }

    @Test
    void letsOnlyAdminsImportReaders() throws Exception {
        for (Role role : List.of(Role.READER, Role.SUPPORT, Role.EDITOR)) {
            ApiReaders.ApiReader person = imports.staff(role);
            mvc.perform(post("/api/v1/staff/imports/readers").header("Authorization", person.bearer())
                            .contentType("text/csv").param("reason", "Trying").content(HEADER))
                    .andExpect(status().isForbidden());
        }
        ApiReaders.ApiReader editor = imports.staff(Role.EDITOR);
        UUID readerJob = imports.startReaders(admin, HEADER + "Private,private" + domain + ",,,,,\r\n", false);
        mvc.perform(get("/api/v1/staff/imports/{id}", readerJob).header("Authorization", editor.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/staff/imports/readers").contentType("text/csv").content(HEADER))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void refusesAFileWithoutReasonOrEmailColumn() throws Exception {
        mvc.perform(post("/api/v1/staff/imports/readers").header("Authorization", admin.bearer())
                        .contentType("text/csv").content(HEADER))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/staff/imports/readers").header("Authorization", admin.bearer())
                        .contentType("text/csv").param("reason", "Moving in").content("name,labels\nA,b\n"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value("/problems/invalid-import"));
    }

    private String mixedFile(String existingEmail, String takenCustomer) {
        return HEADER
                + "\"Asha Rao\",asha" + domain + ",2019-04-01,imp-morning;imp-evening,gold;print,,\r\n"
                + "\"Rao, Vikram\",vikram" + domain + ",2020-01-15,imp-morning,,2099-12-31,\r\n"
                + "\"Asha Rao\",ASHA" + domain + ",2019-04-01,imp-evening;imp-morning,print;gold,,\r\n"
                + "Not An Email,not-an-email,2019-01-01,,,,\r\n"
                + "Bad Date,bad.date" + domain + ",01/04/2019,,,,\r\n"
                + "Meera,meera" + domain + ",2018-05-05,,,,\r\n"
                + "Meera K,meera" + domain + ",2018-05-05,,,,\r\n"
                + "Nl,nl" + domain + ",,imp-unknown,,,\r\n"
                + "Already Here," + existingEmail + ",,,legacy,,\r\n"
                + "Stripe Taken,taken" + domain + ",,,,," + takenCustomer + "\r\n";
    }

    private static String customer() {
        return "cus_imp" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** Row counts of everything an import touches, and the imported accounts as stored. */
    private Map<String, Object> snapshot() {
        Map<String, Object> counts = new LinkedHashMap<>();
        for (String table : List.of("accounts", "account_labels", "newsletter_choices", "billing_comp", "billing_customer",
                "billing_subscription", "billing_notice", "outbox", "account_tokens")) {
            counts.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        counts.put("imported", jdbc.sql("SELECT email, name, created_at FROM accounts WHERE email LIKE :d ORDER BY email")
                .param("d", "%" + domain).query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|"
                        + rs.getTimestamp(3).toInstant()).list());
        return counts;
    }
}
