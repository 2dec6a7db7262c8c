package org.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.broadsheet.ContentTestApplication;
import org.broadsheet.content.article.Articles;
import org.broadsheet.content.article.Newsroom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Two application instances on one PostgreSQL database share one meter and never over-grant it. */
@ContentIntegrationTest
class TwoInstanceMeterIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }

    @Autowired
    ArticleGate gateOnA;

    @Autowired
    Meters metersOnA;

    @Autowired
    Newsroom newsroom;

    @Autowired
    TestClock clock;

    @Autowired
    ReaderEntitlements entitlements;

    ConfigurableApplicationContext instanceB;

    @BeforeEach
    void startSecondInstance() {
        clock.set(ContentIntegrationTest.NOW);
        given(entitlements.entitlementOf(any())).willReturn(ReaderEntitlement.none());
        Articles.fileCatalog(newsroom);
        instanceB = new SpringApplicationBuilder(ContentTestApplication.class)
                .web(WebApplicationType.NONE)
                .initializers(context -> context.getBeanFactory().registerSingleton("testClock", clock))
                .run("--spring.datasource.url=" + PostgresDatabase.jdbcUrl("postgres"),
                        "--spring.datasource.username=postgres", "--spring.datasource.password=",
                        "--spring.datasource.driver-class-name=org.postgresql.Driver");
    }

    @AfterEach
    void stopSecondInstance() {
        instanceB.close();
    }

    @Test
    void grantsExactlyTheMeterLimitToSixteenFirstReadsSplitAcrossTwoInstances() throws Exception {
        ArticleGate gateOnB = instanceB.getBean(ArticleGate.class);
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String slug = Articles.slug("two-instances");
            newsroom.publish(Articles.metered(slug));
            slugs.add(slug);
        }
        ReaderFacts visitor = ReaderFacts.anonymous(UUID.randomUUID().toString().replace("-", "").substring(0, 22));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<AccessDecision>> decisions = new ArrayList<>();
        try {
            for (int i = 0; i < slugs.size(); i++) {
                ArticleGate gate = i % 2 == 0 ? gateOnA : gateOnB;
                String slug = slugs.get(i);
                decisions.add(pool.submit(() -> {
                    start.await();
                    return gate.read(slug, visitor).orElseThrow().access();
                }));
            }
            start.countDown();
            List<AccessDecision> outcomes = new ArrayList<>();
            for (Future<AccessDecision> decision : decisions) {
                outcomes.add(decision.get(2, TimeUnit.MINUTES));
            }

            assertThat(outcomes).filteredOn(AccessDecision::granted).hasSize(3);
            assertThat(metersOnA.stateFor(visitor)).isEqualTo(new MeterState(3, 3));
            assertThat(instanceB.getBean(Meters.class).stateFor(visitor)).isEqualTo(new MeterState(3, 3));
        }
        finally {
            pool.shutdownNow();
        }
    }
}
