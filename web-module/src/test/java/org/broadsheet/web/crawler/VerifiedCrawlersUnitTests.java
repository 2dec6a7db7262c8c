package org.broadsheet.web.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class VerifiedCrawlersUnitTests {

    private static final String GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
    private static final String BINGBOT = "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)";

    private final StubDns dns = new StubDns(Map.of(
            "66.249.66.1", "crawl-66-249-66-1.googlebot.com",
            "157.55.39.1", "msnbot-157-55-39-1.search.msn.com",
            "203.0.113.7", "crawl-203-0-113-7.googlebot.com.evil.example",
            "203.0.113.8", "crawl-fake.googlebot.com"),
            Map.of("crawl-66-249-66-1.googlebot.com", List.of("66.249.66.1"),
                    "msnbot-157-55-39-1.search.msn.com", List.of("157.55.39.1"),
                    "crawl-fake.googlebot.com", List.of("66.249.66.99")));

    @Test
    void acceptsAnAddressWhoseReverseNameIsTheEnginesAndResolvesBack() {
        VerifiedCrawlers crawlers = crawlers(true);

        assertThat(crawlers.verify("66.249.66.1", GOOGLEBOT)).contains("Google");
        assertThat(crawlers.verify("157.55.39.1", BINGBOT)).contains("Bing");
    }

    @Test
    void refusesASpoofedUserAgentFromAnAddressThatIsNoCrawler() {
        VerifiedCrawlers crawlers = crawlers(true);

        assertThat(crawlers.verify("198.51.100.20", GOOGLEBOT)).isEmpty();
        assertThat(crawlers.verify("203.0.113.7", GOOGLEBOT)).as("a look-alike domain").isEmpty();
        assertThat(crawlers.verify("203.0.113.8", GOOGLEBOT)).as("a PTR record that does not resolve back").isEmpty();
        assertThat(crawlers.verify("157.55.39.1", GOOGLEBOT)).as("Bing's address claiming to be Google").isEmpty();
    }

    @Test
    void neverVerifiesByAddressAloneNorWhenTheOptionIsOff() {
        assertThat(crawlers(true).verify("66.249.66.1", "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0")).isEmpty();
        assertThat(crawlers(false).verify("66.249.66.1", GOOGLEBOT)).isEmpty();
        assertThat(dns.reverseLookups.get()).isZero();
    }

    @Test
    void asksTheDnsOnceAnAddressWhileTheVerdictIsFresh() {
        VerifiedCrawlers crawlers = crawlers(true);

        for (int i = 0; i < 5; i++) {
            crawlers.verify("66.249.66.1", GOOGLEBOT);
            crawlers.verify("198.51.100.20", GOOGLEBOT);
        }

        assertThat(dns.reverseLookups.get()).isEqualTo(2);
    }

    private VerifiedCrawlers crawlers(boolean enabled) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("clock", Clock.systemUTC());
        return new VerifiedCrawlers(new CrawlerProperties(enabled, Duration.ofHours(1), 100), dns,
                beans.getBeanProvider(Clock.class));
    }

    /** Answers from fixed tables and counts the reverse lookups. */
    static final class StubDns implements CrawlerDns {

        final AtomicInteger reverseLookups = new AtomicInteger();
        private final Map<String, String> reverse;
        private final Map<String, List<String>> forward;

        StubDns(Map<String, String> reverse, Map<String, List<String>> forward) {
            this.reverse = reverse;
            this.forward = forward;
        }

        @Override
        public String reverse(String address) {
            reverseLookups.incrementAndGet();
            return reverse.get(address);
        }

        @Override
        public List<String> forward(String host) {
            return forward.getOrDefault(host, List.of());
        }
    }
}
