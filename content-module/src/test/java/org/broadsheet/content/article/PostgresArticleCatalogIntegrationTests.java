package org.broadsheet.content.article;

import org.broadsheet.content.PostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The catalog on a real PostgreSQL server. */
class PostgresArticleCatalogIntegrationTests extends ArticleCatalogIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
