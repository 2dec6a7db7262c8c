package org.broadsheet.web.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.broadsheet.auth.ReaderAccounts;
import org.broadsheet.auth.Role;
import org.broadsheet.billing.Comps;
import org.broadsheet.web.Articles;
import org.broadsheet.web.account.Readers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The admin's CSV exports through the staff API and the console, with real accounts, a real trial and comp, and
 * twenty thousand readers read from the database in chunks.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:exports;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "broadsheet.billing.jobs.enabled=false",
        "broadsheet.demo-data=false"})
@AutoConfigureMockMvc
@Import({Articles.class, StaffPeople.class})
class DataExportsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffPeople people;
    @Autowired
    Articles articles;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate jdbcTemplate;
    @Autowired
    Comps comps;
    @MockitoSpyBean
    ReaderAccounts accounts;

    @Test
    void streamsTwentyThousandReadersInChunksWithTheirBilling() throws Exception {
        StaffPeople.Person admin = people.register(mvc, Role.ADMIN);
        StaffPeople.Person trialing = people.register(mvc, Role.READER);
        people.startTrial(trialing);
        StaffPeople.Person comped = people.register(mvc, Role.READER);
        LocalDate until = LocalDate.now().plusDays(30);
        comps.grant(comped.id(), until, "press pass", admin.email());
        insertReaders(20_000);
        long before = jdbc.sql("SELECT COUNT(*) FROM accounts").query(Long.class).single();
        org.mockito.Mockito.clearInvocations(accounts);

        MockHttpServletResponse response = mvc.perform(get("/api/v1/staff/exports/readers.csv")
                .header("Authorization", admin.bearer())).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment; filename=\"readers-").endsWith(".csv\"");
        List<Map<String, String>> rows = parse(response.getContentAsString());
        assertThat(rows).hasSize((int) before);
        assertThat(rows).extracting(row -> row.get("id")).doesNotHaveDuplicates();
        // read in keyset chunks of at most 500: never all rows at once
        verify(accounts, atLeast((int) (before / DataExports.CHUNK))).inIdOrderAfter(any(), anyInt());
        assertThat(mockingDetails(accounts).getInvocations()).filteredOn(i -> i.getMethod().getName().equals("inIdOrderAfter"))
                .allSatisfy(i -> assertThat((int) i.getArgument(1)).isLessThanOrEqualTo(DataExports.CHUNK));

        Map<String, String> trial = row(rows, trialing.email());
        assertThat(trial).containsEntry("subscription_status", "trialing").containsEntry("subscription_plan", "monthly")
                .containsEntry("entitlement_source", "TRIAL").containsEntry("roles", "READER");
        assertThat(trial.get("entitlement_until")).isEqualTo(trial.get("trial_ends_at")).isNotEmpty();
        Map<String, String> comp = row(rows, comped.email());
        assertThat(comp).containsEntry("subscription_status", "none").containsEntry("entitlement_source", "COMP");
        assertThat(comp.get("entitlement_until")).isNotEmpty();
        assertThat(row(rows, admin.email())).containsEntry("roles", "READER ADMIN").containsEntry("entitlement_source", "STAFF");
        Map<String, String> generated = row(rows, "bulk-19999@example.org");
        assertThat(generated).containsEntry("name", "'=Bulk Reader 19999").containsEntry("email_verified", "true")
                .containsEntry("created_at", "2026-01-02T03:04:05Z").containsEntry("entitlement_source", "NONE");

        assertThat(jdbc.sql("SELECT details FROM staff_audit WHERE actor_id = :admin AND action = 'export-readers'")
                .param("admin", admin.id()).query(String.class).single())
                .contains("\"rows\":" + before).contains("\"complete\":true").contains("\"via\":\"api\"");
    }

    @Test
    void exportsPublishedArticlesWithoutTheirText() throws Exception {
        StaffPeople.Person admin = people.register(mvc, Role.ADMIN);
        Articles.Published premium = articles.premium();

        MockHttpServletResponse response = mvc.perform(get("/api/v1/staff/exports/articles.csv")
                .header("Authorization", admin.bearer())).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        Map<String, String> row = parse(response.getContentAsString()).stream()
                .filter(r -> r.get("slug").equals(premium.slug())).findFirst().orElseThrow();
        assertThat(row).containsEntry("headline", premium.headline()).containsEntry("access_level", "PREMIUM")
                .containsEntry("section_key", premium.desk().section()).containsEntry("topic_keys", premium.desk().topic())
                .containsEntry("author_keys", premium.desk().author())
                .containsEntry("url", "http://localhost:8080/article/" + premium.slug());
        assertThat(row.get("published_at")).isNotEmpty();
        assertThat(response.getContentAsString()).doesNotContain(premium.paragraph(3));
    }

    @Test
    void letsOnlyAdminsExport() throws Exception {
        for (String path : List.of("/api/v1/staff/exports/readers.csv", "/api/v1/staff/exports/articles.csv")) {
            for (Role role : List.of(Role.READER, Role.SUPPORT, Role.EDITOR)) {
                MockHttpServletResponse forbidden = mvc.perform(get(path)
                        .header("Authorization", people.register(mvc, role).bearer())).andReturn().getResponse();
                assertThat(forbidden.getStatus()).as("%s as %s", path, role).isEqualTo(403);
                assertThat(forbidden.getContentType()).startsWith("application/problem+json");
                assertThat(forbidden.getContentAsString()).doesNotContain("@example");
            }
            MockHttpServletResponse anonymous = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(anonymous.getStatus()).as("%s without a token", path).isEqualTo(401);
            assertThat(anonymous.getContentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void offersTheExportsToAdminsInTheConsole() throws Exception {
        StaffPeople.Person admin = people.register(mvc, Role.ADMIN);
        StaffPeople.Person support = people.register(mvc, Role.SUPPORT);

        Cookie[] session = signIn(admin);
        assertThat(mvc.perform(get("/staff/operations").cookie(session)).andReturn().getResponse().getContentAsString())
                .contains("href=\"/staff/exports/readers.csv\"").contains("href=\"/staff/exports/articles.csv\"");
        MockHttpServletResponse csv = mvc.perform(get("/staff/exports/readers.csv").cookie(session)).andReturn().getResponse();
        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(row(parse(csv.getContentAsString()), support.email())).containsEntry("roles", "READER SUPPORT");
        assertThat(jdbc.sql("SELECT details FROM staff_audit WHERE actor_id = :admin AND action = 'export-readers'")
                .param("admin", admin.id()).query(String.class).single()).contains("\"via\":\"console\"");

        assertThat(mvc.perform(get("/staff/exports/readers.csv").cookie(signIn(support))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
    }

    private Cookie[] signIn(StaffPeople.Person person) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/login").with(csrf()).with(Readers.fromNewAddress())
                .param("email", person.email()).param("password", Readers.PASSWORD)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).doesNotContain("error");
        assertThat(response.getCookies()).isNotEmpty();
        return response.getCookies();
    }

    /** Readers straight into auth's table, as an import from another platform would leave them. */
    private void insertReaders(int count) {
        Timestamp created = Timestamp.from(Instant.parse("2026-01-02T03:04:05Z"));
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add(new Object[]{UUID.randomUUID(), "bulk-" + i + "@example.org", "=Bulk Reader " + i, "x", "READER",
                    true, false, created, created, 0});
            if (batch.size() == 1000 || i == count - 1) {
                jdbcTemplate.batchUpdate("""
                        INSERT INTO accounts (id, email, name, password_hash, roles, email_verified, locked, created_at,
                                              credentials_changed_at, credentials_version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch);
                batch.clear();
            }
        }
    }

    private static Map<String, String> row(List<Map<String, String>> rows, String email) {
        return rows.stream().filter(r -> email.equals(r.get("email"))).findFirst().orElseThrow(
                () -> new AssertionError("no row for " + email));
    }

    private static List<Map<String, String>> parse(String csv) throws IOException {
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv)).getRecords();
        List<Map<String, String>> rows = new ArrayList<>();
        for (CSVRecord record : records) {
            rows.add(new LinkedHashMap<>(record.toMap()));
        }
        return rows;
    }
}
