package org.broadsheet.content.reader;

import org.broadsheet.content.PostgresDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The reader tables on a real PostgreSQL server. */
@SpringBootTest(properties = {
        "broadsheet.demo-data=false" })
@Import(MovableClock.Config.class)
class PostgresReaderTablesIntegrationTests extends ReaderTablesIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry, "reader");
    }
}
