package org.broadsheet.content;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The content module on its own (no web, billing or auth), for the benchmarks that need its Spring beans: the
 * gate and the feed. Its package makes the module's entities and repositories found as in the application.
 */
@SpringBootApplication
public class BenchContentApplication {
}
