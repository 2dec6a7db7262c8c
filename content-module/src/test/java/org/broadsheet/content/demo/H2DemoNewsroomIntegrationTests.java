package org.broadsheet.content.demo;

import org.springframework.test.context.TestPropertySource;

/** Demo seeding on an H2 database of its own. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000")
class H2DemoNewsroomIntegrationTests extends DemoNewsroomIntegrationTests {
}
