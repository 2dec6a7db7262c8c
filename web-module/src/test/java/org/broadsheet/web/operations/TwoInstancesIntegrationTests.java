package org.broadsheet.web.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.broadsheet.BroadsheetApplication;
import org.broadsheet.billing.SubscriptionsReconciled;
import org.broadsheet.content.ArticleDraft;
import org.broadsheet.content.Newsdesk;
import org.broadsheet.web.Articles;
import org.broadsheet.billing.FakeStripe;
import org.broadsheet.web.testing.PostgresTestDatabases;
import org.broadsheet.billing.StripeFixtures;
import org.broadsheet.billing.StripeSigning;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.google.gson.JsonObject;

/**
 * Two instances of the whole application on random ports sharing one real PostgreSQL database, driven over
 * real HTTP as a load balancer would spread one browser's requests: nothing an instance keeps to itself may
 * matter — sessions, tokens, the meter, webhook events and scheduled jobs all live in the database.
 */
class TwoInstancesIntegrationTests {

    private static final String WEBHOOK_SECRET = "whsec_two_instances";
    private static final int METER_LIMIT = 5;
    private static final String PASSWORD = "Lantern-Orchard-4417";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static FakeStripe stripe;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;
    private static HttpClient plain;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        stripe = new FakeStripe();
        String database = PostgresTestDatabases.jdbcUrl("two_instances");
        String[] args = {
                "--server.port=0",
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--spring.datasource.hikari.maximum-pool-size=8",
                "--spring.main.banner-mode=off",
                "--broadsheet.demo-data=false",
                "--broadsheet.paywall.meter-anonymous=" + METER_LIMIT,
                "--broadsheet.billing.provider=stripe",
                "--broadsheet.billing.stripe.secret-key=sk_test_two_instances",
                "--broadsheet.billing.stripe.webhook-secret=" + WEBHOOK_SECRET,
                "--broadsheet.billing.stripe.price-monthly=" + FakeStripe.PRICE_MONTHLY,
                "--broadsheet.billing.stripe.price-annual=" + FakeStripe.PRICE_ANNUAL,
                "--broadsheet.billing.stripe.api-base=" + stripe.apiBase(),
                "--broadsheet.billing.stripe.max-network-retries=0",
                "--broadsheet.billing.jobs.worker-every=300ms",
                "--broadsheet.billing.jobs.reconcile-every=1h"};
        // both start at the same moment, as a rolling deployment may: migrations run once. The second waits only
        // until the first has set up logging (Boot's logging set-up is not safe to run twice at once in one JVM)
        ExecutorService starter = Executors.newFixedThreadPool(2);
        CountDownLatch firstLogging = new CountDownLatch(1);
        try {
            Future<ConfigurableApplicationContext> first = starter.submit(() -> start(args, firstLogging));
            firstLogging.await(60, TimeUnit.SECONDS);
            Future<ConfigurableApplicationContext> second = starter.submit(() -> start(args, null));
            a = first.get();
            b = second.get();
        } finally {
            starter.shutdown();
        }
        plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static ConfigurableApplicationContext start(String[] args, CountDownLatch loggingReady) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(BroadsheetApplication.class);
        if (loggingReady != null) {
            // ApplicationContextInitializedEvent comes after the logging system is initialised, before any bean
            builder.listeners((ApplicationListener<ApplicationContextInitializedEvent>) event -> loggingReady.countDown());
        }
        return builder.run(args);
    }

    @AfterAll
    static void stopInstances() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
        if (stripe != null) {
            stripe.close();
        }
    }

    @Test
    void readerSignedInOnOneInstanceIsSignedInOnTheOther() throws Exception {
        Reader reader = register();
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> loginPage = browser.send(get(a, "/login").build(), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(loginPage.body());
        assertThat(csrf.find()).as("login form carries a CSRF token").isTrue();
        HttpResponse<String> signIn = browser.send(post(a, "/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + encode(reader.email()) + "&password=" + encode(PASSWORD)
                        + "&_csrf=" + encode(csrf.group(1))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String session = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("BSESSION")).map(HttpCookie::getValue)
                .findFirst().orElseThrow();

        HttpResponse<String> accountOnB = plain.send(get(b, "/account").header("Cookie", "BSESSION=" + session).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> accountOnBWithoutSession = plain.send(get(b, "/account").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(accountOnB.statusCode()).isEqualTo(200);
        assertThat(accountOnB.body()).contains(reader.email()).contains(reader.name());
        assertThat(accountOnBWithoutSession.statusCode()).isEqualTo(302);
    }

    @Test
    void sameWebhookDeliveredToBothInstancesAtOnceIsStoredAndAppliedOnce() throws Exception {
        Reader reader = register();
        String customerId = "cus_two_" + reader.id().toString().substring(0, 8);
        String subscriptionId = "sub_two_" + reader.id().toString().substring(0, 8);
        Instant trialEnd = Instant.now().plus(Duration.ofDays(14));
        stripe.customer(customerId, reader.id().toString());
        stripe.subscription(subscriptionId, customerId, "trialing", FakeStripe.PRICE_MONTHLY, trialEnd, trialEnd, false);
        String eventId = "evt_two_" + UUID.randomUUID().toString().replace("-", "");
        String payload = subscriptionEvent(eventId, subscriptionId);
        double trialsBefore = trialsStarted(a) + trialsStarted(b);
        double storedBefore = received(a, "stored") + received(b, "stored");
        double duplicatesBefore = received(a, "duplicate") + received(b, "duplicate");

        List<HttpResponse<String>> answers = all(List.of(a, b), instance -> plain.send(post(instance, "/webhooks/stripe")
                .header("Content-Type", "application/json")
                .header("Stripe-Signature", StripeSigning.header(WEBHOOK_SECRET, Instant.now().getEpochSecond(), payload))
                .POST(HttpRequest.BodyPublishers.ofString(payload)).build(), HttpResponse.BodyHandlers.ofString()));

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactly(200, 200);
        JdbcTemplate database = new JdbcTemplate(a.getBean(javax.sql.DataSource.class));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(database.queryForObject(
                "select status from billing_webhook_event where event_id = ?", String.class, eventId)).isEqualTo("PROCESSED"));
        assertThat(database.queryForObject("select count(*) from billing_webhook_event where event_id = ?", Long.class, eventId))
                .isEqualTo(1);
        assertThat(database.queryForObject("select attempts from billing_webhook_event where event_id = ?", Integer.class, eventId))
                .isEqualTo(1);
        assertThat(database.queryForObject("select count(*) from billing_subscription where account_id = ?", Long.class, reader.id()))
                .isEqualTo(1);
        assertThat(database.queryForObject("select count(*) from outbox where account_id = ? and template = ?", Long.class,
                reader.id(), "billing-trial-started")).isEqualTo(1);
        assertThat(trialsStarted(a) + trialsStarted(b) - trialsBefore).isEqualTo(1);
        assertThat(received(a, "stored") + received(b, "stored") - storedBefore).isEqualTo(1);
        assertThat(received(a, "duplicate") + received(b, "duplicate") - duplicatesBefore).isEqualTo(1);
        JsonNode me = JSON.readTree(plain.send(get(b, "/api/v1/me").header("Authorization", "Bearer " + reader.token()).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(me.path("entitlement").path("source").asString()).isEqualTo("TRIAL");
    }

    @Test
    void concurrentFirstReadsAcrossBothInstancesGrantExactlyTheMeterLimit() throws Exception {
        Articles articles = new Articles(a.getBean(Newsdesk.class));
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            slugs.add(articles.metered().slug());
        }
        HttpResponse<String> home = plain.send(get(a, "/").build(), HttpResponse.BodyHandlers.ofString());
        String visitor = home.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("bs_visitor=")).map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .findFirst().orElseThrow();
        AtomicInteger turn = new AtomicInteger();

        List<HttpResponse<String>> reads = all(slugs, slug -> plain.send(
                get(turn.getAndIncrement() % 2 == 0 ? a : b, "/api/v1/articles/" + slug).header("Cookie", visitor).build(),
                HttpResponse.BodyHandlers.ofString()));

        List<JsonNode> access = new ArrayList<>();
        for (HttpResponse<String> read : reads) {
            assertThat(read.statusCode()).isEqualTo(200);
            access.add(JSON.readTree(read.body()).path("access"));
        }
        assertThat(access).filteredOn(decision -> decision.path("granted").asBoolean()).hasSize(METER_LIMIT);
        assertThat(access).filteredOn(decision -> !decision.path("granted").asBoolean())
                .extracting(decision -> decision.path("reason").asString())
                .hasSize(slugs.size() - METER_LIMIT).containsOnly("METER_EXHAUSTED");
    }

    @Test
    void articleEditedOrWithdrawnOnOneInstanceShowsOnTheOtherWithinSeconds() throws Exception {
        Newsdesk newsdesk = a.getBean(Newsdesk.class);
        String slug = new Articles(newsdesk).metered().slug();
        String before = headline(b, slug);
        ArticleDraft draft = newsdesk.filed(slug).orElseThrow().draft();

        newsdesk.publish(new ArticleDraft(draft.slug(), "Rewritten on the other instance", draft.summary(),
                draft.section(), draft.topics(), draft.authors(), draft.editors(), draft.dateline(),
                draft.publishedAt(), draft.updatedAt(), draft.accessLevel(), draft.image(), draft.agencyCredit(),
                draft.paragraphs()));

        assertThat(before).isNotEqualTo("Rewritten on the other instance");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(headline(b, slug)).isEqualTo("Rewritten on the other instance"));
        newsdesk.withdraw(slug);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(plain.send(
                get(b, "/api/v1/articles/" + slug).build(), HttpResponse.BodyHandlers.discarding()).statusCode())
                .isEqualTo(404));
    }

    private static String headline(ConfigurableApplicationContext instance, String slug) throws Exception {
        HttpResponse<String> read = plain.send(get(instance, "/api/v1/articles/" + slug).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode()).isEqualTo(200);
        return JSON.readTree(read.body()).path("headline").asString();
    }

    @Test
    void scheduledJobLockedOnOneInstanceIsSkippedOnTheOther() throws Exception {
        AtomicInteger reconciledOnB = new AtomicInteger();
        b.addApplicationListener(event -> {
            if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof SubscriptionsReconciled) {
                reconciledOnB.incrementAndGet();
            }
        });
        Optional<SimpleLock> heldByA = a.getBean(LockProvider.class)
                .lock(new LockConfiguration(Instant.now(), "billing-resync", Duration.ofMinutes(5), Duration.ZERO));
        assertThat(heldByA).isPresent();
        try {
            assertThat(b.getBean(LockProvider.class)
                    .lock(new LockConfiguration(Instant.now(), "billing-resync", Duration.ofMinutes(5), Duration.ZERO))).isEmpty();
            runReconciliation(b);
            assertThat(reconciledOnB).hasValue(0);
        } finally {
            heldByA.get().unlock();
        }

        runReconciliation(b);

        assertThat(reconciledOnB).hasValue(1);
    }

    @Test
    void bothInstancesAreLiveAndReady() throws Exception {
        for (ConfigurableApplicationContext instance : List.of(a, b)) {
            HttpResponse<String> readiness = plain.send(get(instance, "/actuator/health/readiness").build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> liveness = plain.send(get(instance, "/actuator/health/liveness").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(readiness.statusCode()).isEqualTo(200);
            assertThat(readiness.body()).contains("\"UP\"");
            assertThat(liveness.statusCode()).isEqualTo(200);
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private record Reader(UUID id, String email, String name, String token) {
    }

    private static Reader register() throws IOException, InterruptedException {
        String email = "reader-" + UUID.randomUUID().toString().substring(0, 8) + "@two.example";
        String name = "Reader " + email.substring(7, 11);
        HttpResponse<String> registered = plain.send(post(a, "/api/v1/auth/register")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of(
                        "email", email, "password", PASSWORD, "name", name))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        HttpResponse<String> token = plain.send(post(b, "/api/v1/auth/token")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of(
                        "email", email, "password", PASSWORD))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        return new Reader(UUID.fromString(JSON.readTree(registered.body()).path("id").asString()), email, name,
                JSON.readTree(token.body()).path("token").asString());
    }

    private static String subscriptionEvent(String eventId, String subscriptionId) {
        JsonObject object = StripeFixtures.of("subscription");
        object.addProperty("id", subscriptionId);
        JsonObject event = StripeFixtures.of("event");
        event.addProperty("id", eventId);
        event.addProperty("type", "customer.subscription.created");
        event.addProperty("api_version", "2026-07-29.dahlia");
        JsonObject data = new JsonObject();
        data.add("object", object);
        event.add("data", data);
        return event.toString();
    }

    private static double trialsStarted(ConfigurableApplicationContext instance) {
        return instance.getBean(MeterRegistry.class).get("broadsheet.trials.started").counter().count();
    }

    private static double received(ConfigurableApplicationContext instance, String outcome) {
        return instance.getBean(MeterRegistry.class).get("broadsheet.webhook.events.received").tag("outcome", outcome)
                .counter().count();
    }

    private static void runReconciliation(ConfigurableApplicationContext instance) throws Exception {
        Object reconciliation = instance.getBean("reconciliation");
        Method resync = reconciliation.getClass().getMethod("resync");
        resync.setAccessible(true);
        resync.invoke(reconciliation);
    }

    /** Runs one call per item, all released at the same moment; answers in the items' order. */
    private static <T, R> List<R> all(List<T> items, ThrowingFunction<T, R> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(items.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                Callable<R> task = () -> {
                    start.await();
                    return call.apply(item);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface ThrowingFunction<T, R> {
        R apply(T item) throws Exception;
    }

    private static HttpRequest.Builder get(ConfigurableApplicationContext instance, String path) {
        return HttpRequest.newBuilder(uri(instance, path)).timeout(Duration.ofSeconds(60)).GET();
    }

    private static HttpRequest.Builder post(ConfigurableApplicationContext instance, String path) {
        return HttpRequest.newBuilder(uri(instance, path)).timeout(Duration.ofSeconds(60));
    }

    private static URI uri(ConfigurableApplicationContext instance, String path) {
        String port = instance.getEnvironment().getProperty("local.server.port");
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
