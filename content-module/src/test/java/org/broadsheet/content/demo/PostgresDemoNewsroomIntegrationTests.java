package org.broadsheet.content.demo;

import org.broadsheet.content.PostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Demo seeding on a PostgreSQL database of its own, as instances sharing one server would. */
class PostgresDemoNewsroomIntegrationTests extends DemoNewsroomIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry, "demo");
    }
}
