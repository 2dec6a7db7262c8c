package org.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.broadsheet.content.visitor.SharedSecrets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/** Visitor cookies signed with the key generated once and kept in the database. */
@ContentIntegrationTest
class VisitorIdsIntegrationTests {

    @Autowired
    VisitorIds visitorIds;

    @Autowired
    SharedSecrets secrets;

    @Autowired
    ObjectProvider<SharedSecrets> secretsProvider;

    @Test
    void acceptsCookiesIssuedByAnotherInstanceSharingTheDatabase() {
        VisitorIds otherInstance = new VisitorIds(new PaywallProperties(3, 5, null), secretsProvider);

        String cookie = visitorIds.issueCookieValue();

        assertThat(otherInstance.verify(cookie)).isPresent();
        assertThat(visitorIds.verify(otherInstance.issueCookieValue())).isPresent();
    }

    @Test
    void generatesOneSecretEvenWhenInstancesAskForItAtOnce() throws Exception {
        String name = "race-" + UUID.randomUUID();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return secrets.secret(name);
                }));
            }
            start.countDown();
            List<String> secretsSeen = new ArrayList<>();
            for (Future<String> answer : answers) {
                secretsSeen.add(answer.get(2, TimeUnit.MINUTES));
            }

            assertThat(secretsSeen).hasSize(8).containsOnly(secrets.secret(name));
            assertThat(secrets.secret(name)).hasSizeGreaterThanOrEqualTo(43);
        }
        finally {
            pool.shutdownNow();
        }
    }
}
