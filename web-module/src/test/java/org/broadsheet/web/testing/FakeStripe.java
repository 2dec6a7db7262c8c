package org.broadsheet.web.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A Stripe-shaped HTTP server on 127.0.0.1 for stripe-java to talk to: it answers with objects copied from
 * Stripe's fixtures, keeps the current state of customers, checkout sessions, subscriptions and invoices (the
 * truth billing must converge to), and records every request with its form parameters and headers. The same
 * fake as billing-module's tests use, for the whole application's tests.
 */
public class FakeStripe implements AutoCloseable {

    public static final String PRICE_MONTHLY = "price_monthly_test";
    public static final String PRICE_ANNUAL = "price_annual_test";

    /** How the server answers. */
    public enum Mode { UP, ERROR_500, HANG_AFTER_CREATING }

    /** A request as the server received it; {@code params} holds the query and the form body, flattened. */
    public record Request(String method, String path, Map<String, String> params, Map<String, String> headers) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Request> requests = new ArrayList<>();
    private final Map<String, JsonObject> customers = new ConcurrentHashMap<>();
    private final Map<String, JsonObject> customersByIdempotencyKey = new ConcurrentHashMap<>();
    private final Map<String, JsonObject> sessions = new ConcurrentHashMap<>();
    private final Map<String, JsonObject> subscriptions = new ConcurrentHashMap<>();
    private final Map<String, JsonObject> invoices = new ConcurrentHashMap<>();
    private final List<JsonObject> undeliveredEvents = new ArrayList<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private volatile Mode mode = Mode.UP;
    private volatile CountDownLatch hang = new CountDownLatch(1);

    public FakeStripe() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public String apiBase() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public synchronized void reset() {
        requests.clear();
        customers.clear();
        customersByIdempotencyKey.clear();
        sessions.clear();
        subscriptions.clear();
        invoices.clear();
        undeliveredEvents.clear();
        mode = Mode.UP;
        hang.countDown();
        hang = new CountDownLatch(1);
    }

    public void mode(Mode mode) {
        this.mode = mode;
        if (mode == Mode.UP) {
            hang.countDown();
        }
    }

    public synchronized List<Request> requests(String method, String path) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    public String onlyCustomerId() {
        if (customers.size() != 1) {
            throw new IllegalStateException("Stripe has " + customers.size() + " customers");
        }
        return customers.keySet().iterator().next();
    }

    public int customerCount() {
        return customers.size();
    }

    // ---- scenario state -------------------------------------------------------------------------------

    /** Puts (or replaces) the current state of a subscription: what Stripe would answer from now on. */
    public void subscription(String id, String customerId, String status, String price, Instant trialEnd,
                             Instant periodEnd, boolean cancelAtPeriodEnd) {
        JsonObject s = StripeFixtures.of("subscription");
        s.addProperty("id", id);
        s.addProperty("customer", customerId);
        s.addProperty("status", status);
        s.add("trial_start", trialEnd == null ? JsonNull.INSTANCE : new com.google.gson.JsonPrimitive(trialEnd.minusSeconds(14 * 86400L).getEpochSecond()));
        s.add("trial_end", trialEnd == null ? JsonNull.INSTANCE : new com.google.gson.JsonPrimitive(trialEnd.getEpochSecond()));
        s.addProperty("cancel_at_period_end", cancelAtPeriodEnd);
        s.add("cancel_at", cancelAtPeriodEnd ? new com.google.gson.JsonPrimitive(periodEnd.getEpochSecond()) : JsonNull.INSTANCE);
        s.add("canceled_at", JsonNull.INSTANCE);
        s.add("ended_at", "canceled".equals(status) ? new com.google.gson.JsonPrimitive(periodEnd.getEpochSecond()) : JsonNull.INSTANCE);
        s.add("metadata", new JsonObject());
        JsonObject item = s.getAsJsonObject("items").getAsJsonArray("data").get(0).getAsJsonObject();
        item.addProperty("id", "si_" + id);
        item.addProperty("subscription", id);
        item.addProperty("current_period_end", periodEnd.getEpochSecond());
        item.addProperty("current_period_start", periodEnd.minusSeconds(30 * 86400L).getEpochSecond());
        item.getAsJsonObject("price").addProperty("id", price);
        s.getAsJsonObject("items").addProperty("url", "/v1/subscription_items?subscription=" + id);
        subscriptions.put(id, s);
    }

    public JsonObject subscription(String id) {
        return subscriptions.get(id);
    }

    /** A customer that exists at Stripe without Broadsheet having created it. */
    public void customer(String id, String accountId) {
        JsonObject c = StripeFixtures.of("customer");
        c.addProperty("id", id);
        JsonObject metadata = new JsonObject();
        if (accountId != null) {
            metadata.addProperty("account_id", accountId);
        }
        c.add("metadata", metadata);
        customers.put(id, c);
    }

    /** Marks a checkout session complete with its subscription. */
    public void completeSession(String sessionId, String subscriptionId) {
        JsonObject session = sessions.get(sessionId);
        session.addProperty("status", "complete");
        session.addProperty("subscription", subscriptionId);
    }

    /** A checkout session that Stripe already completed with this subscription. */
    public String completedSession(String clientReferenceId, String customerId, String subscriptionId) {
        JsonObject s = StripeFixtures.of("checkout.session");
        String id = "cs_test_" + sequence.incrementAndGet();
        s.addProperty("id", id);
        s.addProperty("mode", "subscription");
        s.addProperty("status", "complete");
        s.addProperty("customer", customerId);
        s.addProperty("client_reference_id", clientReferenceId);
        s.addProperty("subscription", subscriptionId);
        sessions.put(id, s);
        return id;
    }

    public String onlySessionId() {
        return sessions.keySet().iterator().next();
    }

    public JsonObject session(String id) {
        return sessions.get(id);
    }

    public void invoice(String id, String customerId, String subscriptionId, String status) {
        JsonObject invoice = StripeFixtures.of("invoice");
        invoice.addProperty("id", id);
        invoice.addProperty("customer", customerId);
        invoice.addProperty("status", status);
        JsonObject details = new JsonObject();
        details.add("metadata", JsonNull.INSTANCE);
        details.addProperty("subscription", subscriptionId);
        JsonObject parent = new JsonObject();
        parent.add("quote_details", JsonNull.INSTANCE);
        parent.add("subscription_details", details);
        parent.addProperty("type", "subscription_details");
        invoice.add("parent", parent);
        invoices.put(id, invoice);
    }

    public synchronized void undelivered(JsonObject event) {
        undeliveredEvents.add(event);
    }

    // ---- HTTP -----------------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            Map<String, String> params = new LinkedHashMap<>();
            parse(exchange.getRequestURI().getRawQuery(), params);
            try (InputStream body = exchange.getRequestBody()) {
                parse(new String(body.readAllBytes(), StandardCharsets.UTF_8), params);
            }
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.get(0)));
            synchronized (this) {
                requests.add(new Request(method, path, params, headers));
            }
            if (mode == Mode.ERROR_500) {
                respond(exchange, 500, error("api_error", "Something went wrong on Stripe's end."));
                return;
            }
            JsonObject answer = answer(method, path, params, headers);
            if (mode == Mode.HANG_AFTER_CREATING) {
                // the work is done but the answer never arrives in time: the client times out
                hang.await(10, TimeUnit.SECONDS);
                return;
            }
            if (answer == null) {
                respond(exchange, 404, error("invalid_request_error", "No such resource: " + path));
            } else {
                respond(exchange, 200, answer);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private JsonObject answer(String method, String path, Map<String, String> params, Map<String, String> headers) {
        String[] parts = path.split("/");
        if (method.equals("POST") && path.equals("/v1/customers")) {
            String key = headers.get("idempotency-key");
            return customersByIdempotencyKey.computeIfAbsent(key == null ? "none-" + sequence.incrementAndGet() : key, k -> {
                JsonObject c = StripeFixtures.of("customer");
                c.addProperty("id", "cus_test" + sequence.incrementAndGet());
                c.addProperty("email", params.get("email"));
                JsonObject metadata = new JsonObject();
                metadata.addProperty("account_id", params.get("metadata[account_id]"));
                c.add("metadata", metadata);
                customers.put(c.get("id").getAsString(), c);
                return c;
            });
        }
        if (method.equals("GET") && parts.length == 4 && parts[2].equals("customers")) {
            return customers.get(parts[3]);
        }
        if (method.equals("POST") && path.equals("/v1/checkout/sessions")) {
            JsonObject s = StripeFixtures.of("checkout.session");
            String id = "cs_test_" + sequence.incrementAndGet();
            s.addProperty("id", id);
            s.addProperty("mode", params.get("mode"));
            s.addProperty("customer", params.get("customer"));
            s.addProperty("client_reference_id", params.get("client_reference_id"));
            s.addProperty("success_url", params.get("success_url"));
            s.addProperty("cancel_url", params.get("cancel_url"));
            s.add("payment_intent", JsonNull.INSTANCE);
            s.add("subscription", JsonNull.INSTANCE);
            s.addProperty("url", "https://checkout.stripe.test/c/pay/" + id);
            sessions.put(id, s);
            return s;
        }
        if (method.equals("GET") && parts.length == 5 && parts[2].equals("checkout")) {
            return sessions.get(parts[4]);
        }
        if (method.equals("POST") && path.equals("/v1/billing_portal/sessions")) {
            JsonObject p = StripeFixtures.of("billing_portal.session");
            p.addProperty("customer", params.get("customer"));
            p.addProperty("return_url", params.get("return_url"));
            p.addProperty("url", "https://billing.stripe.test/p/session/" + sequence.incrementAndGet());
            return p;
        }
        if (method.equals("GET") && path.equals("/v1/subscriptions")) {
            JsonArray data = new JsonArray();
            subscriptions.values().stream()
                    .filter(s -> s.get("customer").getAsString().equals(params.get("customer")))
                    .forEach(data::add);
            return list(data, "/v1/subscriptions");
        }
        if (parts.length == 4 && parts[2].equals("subscriptions")) {
            JsonObject s = subscriptions.get(parts[3]);
            if (s == null || method.equals("GET")) {
                return s;
            }
            if (method.equals("DELETE")) {
                s.addProperty("status", "canceled");
                s.addProperty("ended_at", Instant.now().getEpochSecond());
                return s;
            }
            if (params.containsKey("cancel_at_period_end")) {
                s.addProperty("cancel_at_period_end", Boolean.parseBoolean(params.get("cancel_at_period_end")));
            }
            if (params.containsKey("items[0][price]")) {
                s.getAsJsonObject("items").getAsJsonArray("data").get(0).getAsJsonObject()
                        .getAsJsonObject("price").addProperty("id", params.get("items[0][price]"));
            }
            if (params.containsKey("trial_end")) {
                s.addProperty("trial_end", Long.parseLong(params.get("trial_end")));
            }
            return s;
        }
        if (method.equals("GET") && parts.length == 4 && parts[2].equals("invoices")) {
            return invoices.get(parts[3]);
        }
        if (method.equals("GET") && path.equals("/v1/events")) {
            JsonArray data = new JsonArray();
            synchronized (this) {
                undeliveredEvents.forEach(data::add);
            }
            return list(data, "/v1/events");
        }
        return null;
    }

    private static JsonObject list(JsonArray data, String url) {
        JsonObject list = new JsonObject();
        list.addProperty("object", "list");
        list.add("data", data);
        list.addProperty("has_more", false);
        list.addProperty("url", url);
        return list;
    }

    private static JsonObject error(String type, String message) {
        JsonObject error = new JsonObject();
        error.addProperty("type", type);
        error.addProperty("message", message);
        JsonObject body = new JsonObject();
        body.add("error", error);
        return body;
    }

    private static void respond(HttpExchange exchange, int status, JsonObject body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Request-Id", "req_test");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void parse(String encoded, Map<String, String> into) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            into.put(key, value);
        }
    }

    @Override
    public void close() {
        hang.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
