package org.broadsheet.web.apidocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.assertj.core.api.SoftAssertions;
import org.broadsheet.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI document against the contract's routes, and the Swagger UI under its own security headers. */
@WebIntegrationTest
class ApiDocumentationIntegrationTests {

    /** Every call of CONTRACT.md, as "METHOD path" (path variables named as there; names do not matter). */
    static final List<String> CONTRACT_ROUTES = List.of(
            "POST /api/v1/auth/register",
            "POST /api/v1/auth/token",
            "DELETE /api/v1/auth/token",
            "POST /api/v1/auth/password-reset",
            "POST /api/v1/auth/password-reset/confirm",
            "GET /api/v1/me",
            "GET /api/v1/articles",
            "GET /api/v1/articles/{slug}",
            "GET /api/v1/me/saved",
            "PUT /api/v1/me/saved/{slug}",
            "DELETE /api/v1/me/saved/{slug}",
            "GET /api/v1/me/follows",
            "PUT /api/v1/me/follows/{kind}/{key}",
            "DELETE /api/v1/me/follows/{kind}/{key}",
            "GET /api/v1/me/history",
            "GET /api/v1/me/feed",
            "GET /api/v1/newsletters",
            "PUT /api/v1/me/newsletters/{key}",
            "DELETE /api/v1/me/newsletters/{key}",
            "GET /api/v1/me/export",
            "DELETE /api/v1/me",
            "GET /api/v1/plans",
            "POST /api/v1/billing/checkout",
            "POST /api/v1/billing/portal",
            "GET /api/v1/me/subscription",
            "POST /api/v1/me/subscription/cancel",
            "POST /api/v1/me/subscription/resume",
            "POST /webhooks/stripe",
            "GET /api/v1/staff/accounts",
            "GET /api/v1/staff/accounts/{id}",
            "POST /api/v1/staff/accounts/{id}/comp",
            "POST /api/v1/staff/accounts/{id}/trial-extension",
            "POST /api/v1/staff/accounts/{id}/lock",
            "POST /api/v1/staff/accounts/{id}/unlock",
            "POST /api/v1/staff/accounts/{id}/cancel-subscription",
            "POST /api/v1/staff/accounts/{id}/refund",
            "GET /api/v1/staff/audit",
            "POST /api/v1/staff/articles",
            "PUT /api/v1/staff/articles/{slug}",
            "PUT /api/v1/staff/accounts/{id}/roles",
            "GET /api/v1/staff/exports/readers.csv",
            "GET /api/v1/staff/exports/articles.csv",
            "GET /api/v1/staff/imports",
            "POST /api/v1/staff/imports/readers",
            "POST /api/v1/staff/imports/articles",
            "GET /api/v1/staff/imports/{id}",
            "GET /api/v1/staff/imports/{id}/report",
            "POST /api/v1/staff/imports/{id}/resume",
            "GET /api/v1/staff/access-rules",
            "POST /api/v1/staff/access-rules",
            "GET /api/v1/staff/access-rules/{id}",
            "PUT /api/v1/staff/access-rules/{id}",
            "DELETE /api/v1/staff/access-rules/{id}",
            "GET /api/v1/staff/access-rules/preview");

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Autowired
    MockMvc mvc;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void documentsEveryContractRouteWithItsMethod() throws Exception {
        Set<String> documented = routes(document());

        SoftAssertions softly = new SoftAssertions();
        for (String route : CONTRACT_ROUTES) {
            softly.assertThat(documented).as("documented routes").contains(normalised(route));
        }
        softly.assertAll();
    }

    @Test
    void documentsOnlyTheJsonApiAndTheWebhook() throws Exception {
        List<String> paths = new ArrayList<>(document().get("paths").propertyNames());

        assertThat(paths).isNotEmpty().allSatisfy(path -> assertThat(path).matches("/api/.*|/webhooks/stripe"));
        assertThat(paths).doesNotContain("/staff/exports/readers.csv", "/login", "/");
    }

    @Test
    void declaresBearerTokensAndRequiresThemOnSignedInRoutes() throws Exception {
        JsonNode doc = document();

        JsonNode scheme = doc.at("/components/securitySchemes/bearer");
        assertThat(scheme.get("type").asString()).isEqualTo("http");
        assertThat(scheme.get("scheme").asString()).isEqualTo("bearer");
        assertThat(doc.at("/paths/~1api~1v1~1me/get/security/0").has("bearer")).isTrue();
        assertThat(doc.at("/paths/~1api~1v1~1billing~1checkout/post/security/0").has("bearer")).isTrue();
        assertThat(doc.at("/paths/~1api~1v1~1articles/get/security").isMissingNode()).isTrue();
    }

    @Test
    void describesProblemsAndReferencesThemWhereTheyApply() throws Exception {
        JsonNode doc = document();

        JsonNode problem = doc.at("/components/schemas/Problem/properties");
        assertThat(problem.propertyNames()).contains("type", "title", "status", "detail", "errors");
        assertThat(problem.at("/errors/items/$ref").asString()).isEqualTo("#/components/schemas/FieldError");
        assertThat(doc.at("/components/schemas/FieldError/properties").propertyNames()).contains("field", "message");
        for (String name : List.of("BadRequest", "Unauthorized", "Forbidden", "NotFound", "Conflict", "TooManyRequests",
                "ServiceUnavailable")) {
            assertThat(doc.at("/components/responses/" + name + "/content/application~1problem+json/schema/$ref").asString())
                    .as(name).isEqualTo("#/components/schemas/Problem");
        }
        JsonNode token = doc.at("/paths/~1api~1v1~1auth~1token/post/responses");
        assertThat(token.propertyNames()).contains("200", "400", "401", "403", "429");
        assertThat(token.at("/429/$ref").asString()).isEqualTo("#/components/responses/TooManyRequests");
        JsonNode checkout = doc.at("/paths/~1api~1v1~1billing~1checkout/post/responses");
        assertThat(checkout.propertyNames()).contains("201", "401", "409", "503").doesNotContain("200");
        JsonNode register = doc.at("/paths/~1api~1v1~1auth~1register/post");
        assertThat(register.at("/responses").propertyNames()).contains("201", "400", "409");
        assertThat(register.at("/requestBody/content/application~1json/example/email").asString()).isEqualTo("reader@example.org");
        assertThat(doc.at("/paths/~1api~1v1~1staff~1accounts~1{id}~1comp/post/responses").propertyNames())
                .contains("400", "401", "403", "404", "409");
        assertThat(doc.at("/paths/~1api~1v1~1articles~1{slug}/get/responses/404/$ref").asString())
                .isEqualTo("#/components/responses/NotFound");
    }

    @Test
    void servesTheSwaggerUiUnderItsOwnContentSecurityPolicy() throws Exception {
        MockHttpServletResponse redirect = mvc.perform(get("/swagger-ui.html")).andReturn().getResponse();
        assertThat(redirect.getStatus()).isEqualTo(302);
        String location = redirect.getRedirectedUrl();
        assertThat(location).contains("/swagger-ui/index.html");

        MockHttpServletResponse page = mvc.perform(get("/swagger-ui/index.html")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentType()).startsWith("text/html");
        String html = page.getContentAsString();
        assertThat(html).contains("swagger-ui-bundle.js").contains("swagger-initializer.js").doesNotContain("<script>");
        assertThat(page.getHeader("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe-eval");

        MockHttpServletResponse initializer = mvc.perform(get("/swagger-ui/swagger-initializer.js")).andReturn().getResponse();
        assertThat(initializer.getStatus()).isEqualTo(200);
        assertThat(initializer.getContentAsString()).contains("/v3/api-docs");
        assertThat(mvc.perform(get("/swagger-ui/swagger-ui-bundle.js")).andReturn().getResponse().getStatus()).isEqualTo(200);

        // the rest of the site keeps its strict policy
        assertThat(mvc.perform(get("/robots.txt")).andReturn().getResponse().getHeader("Content-Security-Policy"))
                .contains("style-src 'self';");
    }

    private JsonNode document() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/v3/api-docs")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return json.readTree(response.getContentAsString());
    }

    private static Set<String> routes(JsonNode doc) {
        Set<String> routes = new TreeSet<>();
        doc.get("paths").properties().forEach(path -> path.getValue().propertyNames().stream()
                .filter(METHODS::contains)
                .forEach(method -> routes.add(normalised(method.toUpperCase() + " " + path.getKey()))));
        return routes;
    }

    private static String normalised(String route) {
        return route.replaceAll("\\{[^}]+}", "{}");
    }
}
