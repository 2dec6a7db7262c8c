package org.broadsheet.content.reader;

import org.broadsheet.content.PostgresDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The personalized feed's queries (follows with their names, the latest with their index state, keys) on PostgreSQL. */
@SpringBootTest(properties = {
        "broadsheet.demo-data=false" })
@Import(MovableClock.Config.class)
class PostgresPersonalFeedIntegrationTests extends PersonalFeedIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry, "feed");
    }
}
