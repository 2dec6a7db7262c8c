package org.broadsheet.web.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import org.broadsheet.content.AccessLevel;
import org.broadsheet.content.ReaderAlerts;
import org.broadsheet.web.ApiReaders;
import org.broadsheet.web.ApiReaders.ApiReader;
import org.broadsheet.web.Articles;
import org.broadsheet.web.FeatureContext;
import org.broadsheet.web.account.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Alerts on the account page and by email: batched, at most one mail an hour, never body text. */
@FeatureContext
class AlertMailIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiReaders readers;
    @Autowired
    Articles articles;
    @Autowired
    AlertMailer mailer;
    @Autowired
    ReaderAlerts alerts;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void mailsAlertsInOneBatchAtMostOnceAnHour() throws Exception {
        ApiReader reader = readers.register("Mailed Alert Reader");
        Articles.Desk desk = articles.desk();
        mvc.perform(put("/api/v1/me/follows/section/{key}", desk.section()).header("Authorization", reader.bearer()))
                .andExpect(status().isNoContent());
        mvc.perform(post("/account/alerts/email").with(user(readers.principal(reader))).with(csrf()).param("enabled", "true"))
                .andExpect(status().is3xxRedirection());
        Articles.Published first = articles.draft(AccessLevel.PREMIUM).on(desk).publish();
        Articles.Published second = articles.draft(AccessLevel.METERED).on(desk).publish();

        mailer.mailDigests();

        List<String> mails = alertMails(reader);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0)).contains(first.headline(), second.headline(), first.summary())
                .doesNotContain("Paragraph 3 of");

        Articles.Published third = articles.draft(AccessLevel.FREE).on(desk).publish();
        mailer.mailDigests();
        assertThat(alertMails(reader)).hasSize(1);

        clock.advance(Duration.ofMinutes(61));
        mailer.mailDigests();
        assertThat(alertMails(reader)).hasSize(2);
        assertThat(alertMails(reader).get(1)).contains(third.headline()).doesNotContain(first.headline());
    }

    @Test
    void sendsNoAlertMailToReadersWhoDidNotChooseIt() throws Exception {
        ApiReader reader = readers.register("Quiet Alert Reader");
        Articles.Desk desk = articles.desk();
        mvc.perform(put("/api/v1/me/follows/author/{key}", desk.author()).header("Authorization", reader.bearer()))
                .andExpect(status().isNoContent());
        articles.draft(AccessLevel.PREMIUM).on(desk).publish();

        mailer.mailDigests();

        assertThat(alertMails(reader)).isEmpty();
        assertThat(alerts.list(reader.id(), 10)).hasSize(1);
    }

    @Test
    void alertsPageListsAlertsAndTheApiNeverCarriesBodyText() throws Exception {
        ApiReader reader = readers.register("Listing Alert Reader");
        Articles.Desk desk = articles.desk();
        mvc.perform(put("/api/v1/me/follows/topic/{key}", desk.topic()).header("Authorization", reader.bearer()))
                .andExpect(status().isNoContent());
        String marker = Articles.marker();
        Articles.Published story = articles.draft(AccessLevel.PREMIUM).on(desk).paragraph(5, marker).publish();

        mvc.perform(get("/account/alerts").with(user(readers.principal(reader))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(story.headline())))
                .andExpect(content().string(containsString("Topic: " + desk.topicName())));
        mvc.perform(get("/api/v1/me/alerts").header("Authorization", reader.bearer()))
                .andExpect(jsonPath("$.items[0].headline").value(story.headline()))
                .andExpect(jsonPath("$.items[0].url").value("http://localhost/article/" + story.slug()))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(marker))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(story.paragraph(3)))));
        mvc.perform(get("/api/v1/me/alerts")).andExpect(status().isUnauthorized());
    }

    private List<String> alertMails(ApiReader reader) {
        return jdbc.sql("SELECT text_body FROM outbox WHERE account_id = :a AND template = 'reader-alerts' ORDER BY created_at")
                .param("a", reader.id()).query(String.class).list();
    }
}
