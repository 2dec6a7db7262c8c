package org.broadsheet.web.apidocs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.broadsheet.web.support.SiteProperties;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of {@code /api/**} and {@code /webhooks/stripe}: the controllers give the paths and
 * shapes; one customizer adds, from each route's method and path, the bearer requirement of signed-in routes and
 * the problem+json answers a route can give (RFC 9457 with {@code errors: [{field, message}]}); a few
 * {@link ApiExamples} show the main requests and responses. No controller needs an annotation for this.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";
    static final String PROBLEM_JSON = "application/problem+json";

    /** The reusable problem answers, by status: component name and what it means. */
    private static final Map<Integer, String[]> PROBLEMS = new LinkedHashMap<>();

    static {
        PROBLEMS.put(400, new String[]{"BadRequest", "Invalid input: the problem's `errors` name each field and what is wrong with it."});
        PROBLEMS.put(401, new String[]{"Unauthorized", "No valid bearer token (or, for `POST /api/v1/auth/token`, a wrong email or password)."});
        PROBLEMS.put(403, new String[]{"Forbidden", "Signed in, but this account's roles do not allow the call (or the account is locked)."});
        PROBLEMS.put(404, new String[]{"NotFound", "Nothing with this key or id."});
        PROBLEMS.put(409, new String[]{"Conflict", "The call does not apply to the current state (e.g. email taken, already subscribed)."});
        PROBLEMS.put(429, new String[]{"TooManyRequests", "Too many attempts; `Retry-After` says how many seconds to wait."});
        PROBLEMS.put(503, new String[]{"ServiceUnavailable", "The payment provider is unavailable; nothing was half-made, retry later."});
    }

    private static final Pattern SIGNED_IN = Pattern.compile("^/api/v1/(me(/.*)?|billing/.*|staff/.*)$");

    /** Extra answers of particular routes, beyond what the route's shape implies. */
    private static final Map<String, List<Integer>> EXTRA = Map.ofEntries(
            Map.entry("POST /api/v1/auth/register", List.of(400, 409)),
            Map.entry("POST /api/v1/auth/token", List.of(400, 401, 403, 429)),
            Map.entry("POST /api/v1/auth/password-reset", List.of(400)),
            Map.entry("POST /api/v1/auth/password-reset/confirm", List.of(400)),
            Map.entry("POST /api/v1/billing/checkout", List.of(400, 409, 503)),
            Map.entry("POST /api/v1/billing/portal", List.of(404, 503)),
            Map.entry("POST /api/v1/me/subscription/cancel", List.of(404, 503)),
            Map.entry("POST /api/v1/me/subscription/resume", List.of(404, 503)),
            Map.entry("POST /webhooks/stripe", List.of(400)));

    @Bean
    OpenAPI broadsheetOpenApi(SiteProperties site) {
        Components components = new Components()
                .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("An API token from `POST /api/v1/auth/token`, sent as `Authorization: Bearer <token>`."))
                .addSchemas(FIELD_ERROR, new ObjectSchema().description("One invalid field of the request.")
                        .addProperty("field", new StringSchema().example("email"))
                        .addProperty("message", new StringSchema().example("must be a valid email address")))
                .addSchemas(PROBLEM, problemSchema());
        PROBLEMS.forEach((status, named) -> components.addResponses(named[0], new ApiResponse().description(named[1])
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
                        .example(ApiExamples.problem(status))))));
        return new OpenAPI()
                .info(new Info().title("Broadsheet API").version("v1").description("""
                        The JSON API of Broadsheet: accounts and tokens, articles through the paywall's access \
                        decision, the reader's saved articles, follows, history and feed, billing, and the staff \
                        routes. Requests and responses are JSON; instants are ISO-8601 with an offset; lists are \
                        paged with `page` (from 0) and `size` (default 20, at most 100). Errors are \
                        `application/problem+json` (RFC 9457). Signed-in calls carry `Authorization: Bearer <token>`."""))
                .servers(List.of(new Server().url(site.baseUrl())))
                .components(components);
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema().description("An error, as RFC 9457 problem details.")
                .addProperty("type", new StringSchema().format("uri-reference").example("/problems/email-taken")
                        .description("What kind of problem; `about:blank` when the status says it all"))
                .addProperty("title", new StringSchema().example("Email taken"))
                .addProperty("status", new IntegerSchema().example(409))
                .addProperty("detail", new StringSchema().example("An account with this email already exists."))
                .addProperty("instance", new StringSchema().format("uri-reference").example("/api/v1/auth/register"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR))
                        .description("For invalid input (400): every invalid field"))
                .required(List.of("type", "title", "status"));
    }

    /**
     * Adds to every operation, from its method and path, the bearer requirement of signed-in routes and the
     * problem answers it can give; then the examples; and sorts the paths so the document reads like the contract.
     */
    @Bean
    OpenApiCustomizer problemsExamplesAndOrder() {
        return openApi -> {
            if (openApi.getPaths() != null) {
                openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    describe(operation, method.name() + " " + path);
                    operation.setTags(List.of(tag(path)));
                }));
            }
            openApi.setTags(TAGS.entrySet().stream()
                    .map(t -> new io.swagger.v3.oas.models.tags.Tag().name(t.getKey()).description(t.getValue())).toList());
            ApiExamples.apply(openApi);
            if (openApi.getPaths() != null) {
                var sorted = new io.swagger.v3.oas.models.Paths();
                openApi.getPaths().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .forEach(e -> sorted.addPathItem(e.getKey(), e.getValue()));
                openApi.setPaths(sorted);
            }
        };
    }

    /** The groups of the document, in the contract's order. */
    private static final Map<String, String> TAGS = new LinkedHashMap<>();

    static {
        TAGS.put("Accounts", "Registration, API tokens, password reset and the signed-in account.");
        TAGS.put("Articles", "Published articles; a detail read goes through the paywall's access decision.");
        TAGS.put("Reader", "The signed-in reader's saved articles, follows, history, feed, newsletters, alerts, gifts and data.");
        TAGS.put("Billing", "Plans, checkout, the customer portal and the reader's subscription.");
        TAGS.put("Staff", "Support, editor and admin routes: accounts, audited actions, articles, newsletters and exports.");
        TAGS.put("Webhooks", "Stripe's webhook endpoint, verified with the Stripe-Signature header.");
    }

    private static String tag(String path) {
        if (path.startsWith("/webhooks/")) {
            return "Webhooks";
        }
        if (path.startsWith("/api/v1/staff/")) {
            return "Staff";
        }
        if (path.startsWith("/api/v1/auth/") || path.equals("/api/v1/me")) {
            return "Accounts";
        }
        if (path.startsWith("/api/v1/articles")) {
            return "Articles";
        }
        if (path.startsWith("/api/v1/plans") || path.startsWith("/api/v1/billing/") || path.startsWith("/api/v1/me/subscription")) {
            return "Billing";
        }
        return "Reader";
    }

    private static void describe(Operation operation, String route) {
        String path = route.substring(route.indexOf(' ') + 1);
        Set<Integer> statuses = new TreeSet<>(EXTRA.getOrDefault(route, List.of()));
        boolean signedIn = SIGNED_IN.matcher(path).matches() || route.equals("DELETE /api/v1/auth/token");
        if (signedIn) {
            operation.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
            statuses.add(401);
        }
        if (path.startsWith("/api/v1/staff/")) {
            statuses.add(403);
        }
        if (path.contains("{")) {
            statuses.add(404);
        }
        if (operation.getRequestBody() != null || (operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "query".equals(p.getIn())))) {
            statuses.add(400);
        }
        if (path.startsWith("/api/v1/staff/accounts/") && !route.startsWith("GET ")) {
            statuses.add(409);
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        for (Integer status : statuses) {
            responses.addApiResponse(status.toString(),
                    new ApiResponse().$ref("#/components/responses/" + PROBLEMS.get(status)[0]));
        }
        operation.setResponses(responses);
    }
}
