package org.broadsheet.content;

/** The meter on H2 in PostgreSQL mode. */
class H2MeterIntegrationTests extends MeterIntegrationTests {
}
