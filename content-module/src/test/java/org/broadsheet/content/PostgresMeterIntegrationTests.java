package org.broadsheet.content;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The meter on a real PostgreSQL server, where instances would share it. */
class PostgresMeterIntegrationTests extends MeterIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
