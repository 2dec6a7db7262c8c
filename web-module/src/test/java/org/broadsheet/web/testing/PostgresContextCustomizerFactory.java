package org.broadsheet.web.testing;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * With {@code -Dbroadsheet.test.database=postgres}, points every test context's datasource at a PostgreSQL
 * database standing in for the H2 database it would have used. The switch happens after every other
 * property source (inline, dynamic) is in place and wins over all of them.
 */
public class PostgresContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return PostgresTestDatabases.requested() ? new SwitchToPostgres() : null;
    }

    /** Stateless, so every test class shares it and context caching is unaffected. */
    static final class SwitchToPostgres implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
            context.addBeanFactoryPostProcessor(new DatasourceSwitch(context.getEnvironment()));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SwitchToPostgres;
        }

        @Override
        public int hashCode() {
            return SwitchToPostgres.class.hashCode();
        }
    }

    /** Runs before any bean is made, when the environment holds every property source. */
    record DatasourceSwitch(ConfigurableEnvironment environment) implements BeanFactoryPostProcessor, PriorityOrdered {

        static final String SOURCE = "postgresTestDatabase";

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            if (environment.getPropertySources().contains(SOURCE)) {
                return;
            }
            String url = PostgresTestDatabases.urlFor(environment.getProperty("spring.datasource.url"));
            environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, Map.of(
                    "spring.datasource.url", url,
                    "spring.datasource.username", "postgres",
                    "spring.datasource.password", "",
                    "spring.datasource.driver-class-name", "org.postgresql.Driver")));
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
