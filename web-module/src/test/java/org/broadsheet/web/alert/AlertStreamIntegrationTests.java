package org.broadsheet.web.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.broadsheet.content.AccessLevel;
import org.broadsheet.web.ApiReaders;
import org.broadsheet.web.ApiReaders.ApiReader;
import org.broadsheet.web.Articles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Live alerts on a real server port: a reader signed in with the login form holds {@code /alerts/stream} open with
 * an HTTP client and receives an alert when a story appears in a followed topic, and none for other topics.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:alerts;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "broadsheet.billing.jobs.enabled=false",
        "broadsheet.newsletters.jobs.enabled=false",
        "broadsheet.alerts.jobs.enabled=false",
        "broadsheet.alerts.poll-interval=PT0.2S"})
@AutoConfigureMockMvc
@Import({ApiReaders.class, Articles.class})
class AlertStreamIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApiReaders readers;
    @Autowired
    Articles articles;

    private InputStream stream;

    @AfterEach
    void closeStream() throws Exception {
        if (stream != null) {
            stream.close();
        }
    }

    @Test
    void streamsAnAlertForAFollowedTopicAndNoneForAnUnfollowedOne() throws Exception {
        ApiReader reader = readers.register("Alert Reader");
        Articles.Desk followed = articles.desk();
        Articles.Desk unfollowed = articles.desk();
        mvc.perform(put("/api/v1/me/follows/topic/{key}", followed.topic()).header("Authorization", reader.bearer()))
                .andExpect(status().isNoContent());
        HttpClient browser = signedInBrowser(reader);
        List<String> received = open(browser);

        Articles.Published elsewhere = articles.draft(AccessLevel.PREMIUM).on(unfollowed).publish();
        Articles.Published story = articles.draft(AccessLevel.PREMIUM).on(followed).publish();

        await().atMost(Duration.ofSeconds(20)).until(() -> received.stream().anyMatch(line -> line.contains(story.headline())));
        String alert = received.stream().filter(line -> line.contains(story.headline())).findFirst().orElseThrow();
        assertThat(alert).startsWith("data:").contains(story.summary(), "/article/" + story.slug(), followed.topicName());
        assertThat(String.join("\n", received)).doesNotContain(elsewhere.headline()).doesNotContain("Paragraph 3 of");
        assertThat(received).contains("event:alert");

        mvc.perform(get("/api/v1/me/alerts").header("Authorization", reader.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].slug").value(story.slug()))
                .andExpect(jsonPath("$.items[0].headline").value(story.headline()));
    }

    @Test
    void streamNeedsASignedInSession() throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/alerts/stream"))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
    }

    private HttpClient signedInBrowser(ApiReader reader) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = browser.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(loginPage);
        assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
        String form = "email=" + URLEncoder.encode(reader.email(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(ApiReaders.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<Void> signedIn = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return browser;
    }

    /** Opens the stream and collects its lines on a thread of its own; returns once the stream says it is ready. */
    private List<String> open(HttpClient browser) throws Exception {
        HttpResponse<InputStream> response = browser.send(HttpRequest.newBuilder(uri("/alerts/stream"))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
        stream = response.body();
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                }
            } catch (Exception closed) {
                // the test closed the stream
            }
        }, "alert-stream-reader");
        reader.setDaemon(true);
        reader.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> lines.contains("event:ready"));
        return lines;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
