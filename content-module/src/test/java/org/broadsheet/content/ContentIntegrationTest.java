package org.broadsheet.content;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The whole content module on a real database with real transactions, a clock the test controls and the
 * entitlement port mocked.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@Import(ContentIntegrationTest.Clocks.class)
@MockitoBean(types = ReaderEntitlements.class)
public @interface ContentIntegrationTest {

    /** 10:00 IST on 20 November 2026. */
    Instant NOW = Instant.parse("2026-11-20T04:30:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    class Clocks {

        @Bean
        TestClock testClock() {
            return new TestClock(NOW);
        }
    }
}
