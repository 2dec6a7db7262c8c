package org.broadsheet.content.reader;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The reader tables on H2 in PostgreSQL mode, as the application runs by default. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:reader-tables;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000",
        "broadsheet.demo-data=false" })
@Import(MovableClock.Config.class)
class H2ReaderTablesIntegrationTests extends ReaderTablesIntegrationTests {
}
