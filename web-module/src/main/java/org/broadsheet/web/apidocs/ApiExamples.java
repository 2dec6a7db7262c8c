package org.broadsheet.web.apidocs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * Examples of the main requests and responses, and the success status of routes that answer other than 200
 * (201 created, 202 accepted, 204 no content), which the controllers' return types alone do not tell.
 */
final class ApiExamples {

    /** Success statuses other than 200, by "METHOD path". */
    private static final Map<String, Integer> SUCCESS = Map.ofEntries(
            Map.entry("POST /api/v1/auth/register", 201),
            Map.entry("DELETE /api/v1/auth/token", 204),
            Map.entry("POST /api/v1/auth/password-reset", 202),
            Map.entry("POST /api/v1/auth/password-reset/confirm", 204),
            Map.entry("PUT /api/v1/me/saved/{slug}", 204),
            Map.entry("DELETE /api/v1/me/saved/{slug}", 204),
            Map.entry("PUT /api/v1/me/follows/{kind}/{key}", 204),
            Map.entry("DELETE /api/v1/me/follows/{kind}/{key}", 204),
            Map.entry("PUT /api/v1/me/newsletters/{key}", 204),
            Map.entry("DELETE /api/v1/me/newsletters/{key}", 204),
            Map.entry("DELETE /api/v1/me", 204),
            Map.entry("POST /api/v1/billing/checkout", 201),
            Map.entry("POST /api/v1/billing/portal", 201),
            Map.entry("POST /api/v1/staff/articles", 201));

    private static final Map<String, String> REQUESTS = Map.of(
            "POST /api/v1/auth/register", """
                    {"email":"reader@example.org","password":"a long private phrase","name":"A Reader"}""",
            "POST /api/v1/auth/token", """
                    {"email":"reader@example.org","password":"a long private phrase"}""",
            "POST /api/v1/billing/checkout", """
                    {"plan":"monthly"}""",
            "POST /api/v1/staff/accounts/{id}/comp", """
                    {"until":"2026-12-31","reason":"Press pass for the budget week"}""",
            "POST /api/v1/staff/articles", """
                    {"headline":"Budget day: what changes for savers","summary":"The finance minister's speech in five points.",
                     "section":"business","topics":["economy"],"authors":["asha-rao"],"accessLevel":"METERED",
                     "paragraphs":["First paragraph.","Second paragraph.","Third paragraph."],"publish":true}""");

    private static final Map<String, String> RESPONSES = Map.of(
            "POST /api/v1/auth/register", """
                    {"id":"0f8e4c52-6f1e-4a53-9f53-3c1a2b9d7e10","email":"reader@example.org","name":"A Reader","emailVerified":false}""",
            "POST /api/v1/auth/token", """
                    {"token":"q2Xk8l3V0d7mJ1rZpT4wYc9sHf6bNa5e","expiresAt":"2027-01-02T10:00:00Z"}""",
            "GET /api/v1/me", """
                    {"id":"0f8e4c52-6f1e-4a53-9f53-3c1a2b9d7e10","email":"reader@example.org","name":"A Reader",
                     "roles":["READER"],"emailVerified":true,
                     "entitlement":{"active":true,"source":"TRIAL","until":"2026-12-17T10:00:00Z"}}""",
            "GET /api/v1/articles", """
                    {"items":[{"slug":"budget-day-what-changes-for-savers","headline":"Budget day: what changes for savers",
                     "summary":"The finance minister's speech in five points.","section":{"key":"business","name":"Business"},
                     "topics":[{"key":"economy","name":"Economy"}],"authors":[{"key":"asha-rao","name":"Asha Rao"}],
                     "publishedAt":"2026-11-28T17:40:00Z","accessLevel":"METERED"}],"page":0,"size":20,"total":1}""",
            "GET /api/v1/articles/{slug}", """
                    {"slug":"budget-day-what-changes-for-savers","headline":"Budget day: what changes for savers",
                     "summary":"The finance minister's speech in five points.","section":{"key":"business","name":"Business"},
                     "topics":[{"key":"economy","name":"Economy"}],"authors":[{"key":"asha-rao","name":"Asha Rao"}],
                     "editors":[],"dateline":"New Delhi","publishedAt":"2026-11-28T17:40:00Z","accessLevel":"METERED",
                     "access":{"granted":false,"reason":"METER_EXHAUSTED","meter":{"used":3,"limit":3,"remaining":0}},
                     "paragraphs":["First paragraph.","Second paragraph."],"truncated":true}""",
            "POST /api/v1/billing/checkout", """
                    {"url":"http://localhost:8080/billing/local/checkout/cs_local_5e0c1d","trial":true}""",
            "GET /api/v1/me/subscription", """
                    {"status":"trialing","plan":"monthly","trialEndsAt":"2026-12-17T10:00:00Z",
                     "currentPeriodEnd":"2026-12-17T10:00:00Z","cancelAtPeriodEnd":false}""",
            "GET /api/v1/plans", """
                    {"items":[{"key":"monthly","amount":29900,"currency":"inr","interval":"month","trialDays":14},
                              {"key":"annual","amount":299900,"currency":"inr","interval":"year","trialDays":14}]}""");

    private ApiExamples() {
    }

    static void apply(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> e : item.readOperationsMap().entrySet()) {
                String route = e.getKey().name() + " " + path;
                Operation operation = e.getValue();
                success(operation, route);
                String request = REQUESTS.get(route);
                if (request != null && operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                    operation.getRequestBody().getContent().values().forEach(media -> media.setExample(json(request)));
                }
                String response = RESPONSES.get(route);
                if (response != null && operation.getResponses() != null) {
                    operation.getResponses().entrySet().stream().filter(r -> r.getKey().startsWith("2"))
                            .map(Map.Entry::getValue).filter(r -> r.getContent() != null)
                            .forEach(r -> r.getContent().values().forEach(media -> media.setExample(json(response))));
                }
            }
        });
    }

    /** An example problem of this status, as the API answers it. */
    static Object problem(int status) {
        return switch (status) {
            case 400 -> {
                Map<String, Object> problem = problem("about:blank", "Bad Request", 400,
                        "The request has invalid parameters.");
                problem.put("errors", List.of(Map.of("field", "email", "message", "must be a valid email address")));
                yield problem;
            }
            case 401 -> problem("about:blank", "Unauthorized", 401, "Sign in: this call needs a valid bearer token.");
            case 403 -> problem("about:blank", "Forbidden", 403, "Your account may not do this.");
            case 404 -> problem("about:blank", "Not Found", 404, "No published article has this slug.");
            case 409 -> problem("/problems/subscription-exists", "Already subscribed", 409,
                    "This account already has a subscription.");
            case 429 -> problem("/problems/too-many-attempts", "Too many attempts", 429,
                    "Too many failed sign-ins; try again in 15 minutes.");
            default -> problem("/problems/payment-provider-unavailable", "Payment provider unavailable", status,
                    "The payment provider could not be reached; nothing was charged. Try again shortly.");
        };
    }

    private static Map<String, Object> problem(String type, String title, int status, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        return problem;
    }

    /** Moves the generated 200 answer to the route's real success status. */
    private static void success(Operation operation, String route) {
        Integer status = SUCCESS.get(route);
        ApiResponses responses = operation.getResponses();
        if (status == null || responses == null || !responses.containsKey("200")) {
            return;
        }
        ApiResponse ok = responses.remove("200");
        if (status == 204) {
            ok.setContent(null);
            ok.setDescription("No Content");
        } else if (status == 202) {
            ok.setDescription("Accepted");
        } else {
            ok.setDescription("Created");
        }
        ApiResponses reordered = new ApiResponses();
        reordered.addApiResponse(status.toString(), ok);
        responses.forEach(reordered::addApiResponse);
        operation.setResponses(reordered);
    }

    private static Object json(String text) {
        try {
            return Json.mapper().readValue(text, Object.class);
        } catch (Exception e) {
            throw new IllegalStateException("Invalid example: " + text, e);
        }
    }
}
