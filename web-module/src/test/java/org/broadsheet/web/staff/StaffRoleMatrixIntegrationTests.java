package org.broadsheet.web.staff;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.assertj.core.api.SoftAssertions;
import org.broadsheet.auth.Role;
import org.broadsheet.content.AccessRule;
import org.broadsheet.content.AccessRuleDraft;
import org.broadsheet.content.AccessRuleKind;
import org.broadsheet.content.AccessRules;
import org.broadsheet.web.Articles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every staff API route for a reader, each staff role and no token at all, with real accounts and bearer tokens:
 * the roles the contract names get through (to the route's own answer), everyone else 403, no token 401.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:staff-matrix;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "broadsheet.billing.jobs.enabled=false"})
@AutoConfigureMockMvc
@Import({Articles.class, StaffPeople.class})
class StaffRoleMatrixIntegrationTests {

    private static final Set<Role> SUPPORT = EnumSet.of(Role.SUPPORT, Role.ADMIN);
    private static final Set<Role> EDITORS = EnumSet.of(Role.EDITOR, Role.ADMIN);
    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
    private static final AtomicInteger HEADLINES = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffPeople people;
    @Autowired
    Articles articles;
    @Autowired
    AccessRules accessRules;

    /** A route, who may call it, and what it answers them for a plain reader as target. */
    record Route(HttpMethod method, String path, String body, Set<Role> allowed, int answer) {
    }

    @Test
    void answersEveryStaffRouteByRole() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        Articles.Published article = articles.premium();
        Articles.Desk desk = articles.desk();
        List<String> callers = new ArrayList<>();
        for (Role role : Role.values()) {
            StaffPeople.Person caller = people.register(mvc, role);
            StaffPeople.Person target = people.register(mvc, Role.READER);
            for (Route route : routes(target, article, desk)) {
                int status = call(route, caller.bearer()).getStatus();
                int expected = route.allowed().contains(role) ? route.answer() : 403;
                softly.assertThat(status).as("%s %s as %s", route.method(), route.path(), role).isEqualTo(expected);
            }
            callers.add(role.name());
        }
        StaffPeople.Person target = people.register(mvc, Role.READER);
        for (Route route : routes(target, article, desk)) {
            MockHttpServletResponse response = call(route, null);
            softly.assertThat(response.getStatus()).as("%s %s without a token", route.method(), route.path()).isEqualTo(401);
            softly.assertThat(response.getContentType()).as("%s %s without a token", route.method(), route.path())
                    .startsWith("application/problem+json");
        }
        softly.assertThat(callers).containsExactly("READER", "SUPPORT", "EDITOR", "ADMIN");
        softly.assertAll();
    }

    @Test
    void answersForbiddenAsAProblem() throws Exception {
        StaffPeople.Person editor = people.register(mvc, Role.EDITOR);
        MockHttpServletResponse response = call(new Route(HttpMethod.GET, "/api/v1/staff/accounts?q=x", null, SUPPORT, 200),
                editor.bearer());

        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(response.getStatus()).isEqualTo(403);
            softly.assertThat(response.getContentType()).startsWith("application/problem+json");
        });
    }

    private List<Route> routes(StaffPeople.Person target, Articles.Published article, Articles.Desk desk) {
        String account = "/api/v1/staff/accounts/" + target.id();
        String until = LocalDate.now().plusDays(30).toString();
        return List.of(
                new Route(HttpMethod.GET, "/api/v1/staff/accounts?q=" + target.email(), null, SUPPORT, 200),
                new Route(HttpMethod.GET, account, null, SUPPORT, 200),
                new Route(HttpMethod.GET, account + "/access/" + article.slug(), null, SUPPORT, 200),
                new Route(HttpMethod.POST, account + "/comp", "{\"until\":\"" + until + "\",\"reason\":\"matrix\"}", SUPPORT, 200),
                new Route(HttpMethod.POST, account + "/trial-extension", "{\"days\":7,\"reason\":\"matrix\"}", SUPPORT, 409),
                new Route(HttpMethod.POST, account + "/lock", "{\"reason\":\"matrix\"}", SUPPORT, 200),
                new Route(HttpMethod.POST, account + "/unlock", "{\"reason\":\"matrix\"}", SUPPORT, 200),
                new Route(HttpMethod.POST, account + "/cancel-subscription", "{\"immediately\":true,\"reason\":\"matrix\"}", SUPPORT, 409),
                new Route(HttpMethod.POST, account + "/resend-verification", "{\"reason\":\"matrix\"}", SUPPORT, 200),
                new Route(HttpMethod.POST, account + "/password-reset", "{\"reason\":\"matrix\"}", SUPPORT, 200),
                new Route(HttpMethod.POST, account + "/refund", "{\"reason\":\"matrix\"}", ADMIN, 409),
                new Route(HttpMethod.PUT, account + "/roles", "{\"roles\":[\"READER\"],\"reason\":\"matrix\"}", ADMIN, 200),
                new Route(HttpMethod.GET, "/api/v1/staff/audit?accountId=" + target.id(), null, SUPPORT, 200),
                new Route(HttpMethod.POST, "/api/v1/staff/articles", article(desk, "Matrix story " + HEADLINES.incrementAndGet()
                        + " " + UUID.randomUUID().toString().substring(0, 6)), EDITORS, 201),
                new Route(HttpMethod.PUT, "/api/v1/staff/articles/" + article.slug(), article(desk, article.headline()), EDITORS, 200),
                new Route(HttpMethod.GET, "/api/v1/staff/articles/" + article.slug(), null, EDITORS, 200),
                new Route(HttpMethod.GET, "/api/v1/staff/access-rules", null, EDITORS, 200),
                new Route(HttpMethod.GET, "/api/v1/staff/access-rules/" + pastPromotion(desk).id(), null, EDITORS, 200),
                new Route(HttpMethod.GET, "/api/v1/staff/access-rules/preview?slug=" + article.slug() + "&reader=ANONYMOUS",
                        null, EDITORS, 200),
                new Route(HttpMethod.POST, "/api/v1/staff/access-rules", pastPromotionJson(desk), EDITORS, 201),
                new Route(HttpMethod.PUT, "/api/v1/staff/access-rules/" + pastPromotion(desk).id(), pastPromotionJson(desk),
                        EDITORS, 200),
                new Route(HttpMethod.DELETE, "/api/v1/staff/access-rules/" + pastPromotion(desk).id(),
                        "{\"reason\":\"matrix\"}", EDITORS, 200));
    }

    /** A promotion that ended long ago: a rule to read, change and delete that changes no decision. */
    private AccessRule pastPromotion(Articles.Desk desk) {
        return accessRules.create(new AccessRuleDraft(AccessRuleKind.PROMOTION, "Matrix promotion", desk.section(), null,
                null, null, null, null, null, null, null, LocalDateTime.parse("2020-01-01T00:00"),
                LocalDateTime.parse("2020-01-02T00:00")));
    }

    private static String pastPromotionJson(Articles.Desk desk) {
        return """
                {"kind":"PROMOTION","name":"Matrix promotion","section":"%s","startsAt":"2020-01-01T00:00",
                 "endsAt":"2020-01-02T00:00","reason":"matrix"}""".formatted(desk.section());
    }

    static String article(Articles.Desk desk, String headline) {
        return """
                {"headline":"%s","summary":"A summary.","section":"%s","topics":["%s"],"authors":["%s"],
                 "accessLevel":"PREMIUM","paragraphs":["One.","Two.","Three."],"publish":true}"""
                .formatted(headline, desk.section(), desk.topic(), desk.author());
    }

    private MockHttpServletResponse call(Route route, String authorization) throws Exception {
        MockHttpServletRequestBuilder request = request(route.method(), route.path());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (route.body() != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(route.body());
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
