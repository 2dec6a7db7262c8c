package org.broadsheet.web.onboarding;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How imports run.
 *
 * @param batchSize     rows applied in one transaction
 * @param threads       imports running at once on an instance; more wait in a queue
 * @param queue         imports waiting on an instance before new ones are refused
 * @param staleAfter    a running job whose instance has not reported for this long is marked interrupted
 * @param maxFeedBytes  largest feed fetched from a URL
 * @param fetchTimeout  time limit of fetching a feed from a URL (connect and read)
 */
@ConfigurationProperties("broadsheet.imports")
record ImportProperties(@DefaultValue("500") int batchSize, @DefaultValue("2") int threads,
                        @DefaultValue("20") int queue, @DefaultValue("PT2M") Duration staleAfter,
                        @DefaultValue("10485760") long maxFeedBytes, @DefaultValue("PT10S") Duration fetchTimeout) {

    ImportProperties {
        if (batchSize < 1 || threads < 1 || queue < 0) {
            throw new IllegalArgumentException("broadsheet.imports.batch-size and threads must be positive");
        }
    }
}
