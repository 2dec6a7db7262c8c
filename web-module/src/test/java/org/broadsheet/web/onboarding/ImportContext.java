package org.broadsheet.web.onboarding;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.broadsheet.billing.FakeStripe;
import org.broadsheet.web.ApiReaders;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application for import tests, on its own in-memory H2 database, billing on Stripe through billing's
 * fake Stripe server (one for every class using this context), real accounts and tokens, small batches.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:imports;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "broadsheet.billing.jobs.enabled=false",
        "broadsheet.newsletters.jobs.enabled=false",
        "broadsheet.alerts.jobs.enabled=false",
        "broadsheet.base-url=http://localhost",
        "broadsheet.billing.provider=stripe",
        "broadsheet.billing.stripe.secret-key=sk_test_imports",
        "broadsheet.billing.stripe.webhook-secret=whsec_imports",
        "broadsheet.billing.stripe.price-monthly=" + FakeStripe.PRICE_MONTHLY,
        "broadsheet.billing.stripe.price-annual=" + FakeStripe.PRICE_ANNUAL,
        "broadsheet.billing.stripe.max-network-retries=0",
        "broadsheet.imports.batch-size=200"})
@ContextConfiguration(initializers = ImportContext.StripeServer.class)
@AutoConfigureMockMvc
@Import({ApiReaders.class, ImportDriver.class})
@interface ImportContext {

    /** The fake Stripe server of the import context, started once, pointed at by {@code STRIPE_API_BASE}. */
    final class StripeServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        static final FakeStripe STRIPE = new FakeStripe();

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("broadsheet.billing.stripe.api-base=" + STRIPE.apiBase()).applyTo(context);
        }
    }
}
