package org.broadsheet.content.article;

/** The catalog on H2 in PostgreSQL mode, the embedded default. */
class H2ArticleCatalogIntegrationTests extends ArticleCatalogIntegrationTests {
}
