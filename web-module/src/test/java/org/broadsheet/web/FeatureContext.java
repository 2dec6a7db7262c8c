package org.broadsheet.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.broadsheet.web.account.MovableClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application with real accounts (no test principals) on its own in-memory H2 database, a clock tests
 * move forward, and background jobs off so tests drive them; one context shared by the classes that use it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:features;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "broadsheet.billing.jobs.enabled=false",
        "broadsheet.newsletters.jobs.enabled=false",
        "broadsheet.alerts.jobs.enabled=false",
        "broadsheet.base-url=http://localhost"})
@AutoConfigureMockMvc
@Import({ApiReaders.class, Articles.class, MovableClock.Config.class})
public @interface FeatureContext {
}
