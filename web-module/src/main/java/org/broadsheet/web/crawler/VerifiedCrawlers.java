package org.broadsheet.web.crawler;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Verifies search crawlers the way the engines document it: the User-Agent only says which engine to check;
 * the client address must reverse-resolve to a host in that engine's domains and that host must resolve forward
 * to the same address. Verdicts (also negative ones) are kept per address for a while, in a bounded cache.
 */
@Component
public class VerifiedCrawlers {

    /** A search engine: the User-Agent tokens that claim it and the domains its crawlers' hosts are under. */
    record Engine(String name, List<String> agentTokens, List<String> domains) {

        boolean claimedBy(String userAgent) {
            return agentTokens.stream().anyMatch(userAgent::contains);
        }

        boolean owns(String host) {
            String lower = host.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".")) {
                lower = lower.substring(0, lower.length() - 1);
            }
            for (String domain : domains) {
                if (lower.endsWith("." + domain)) {
                    return true;
                }
            }
            return false;
        }
    }

    static final List<Engine> ENGINES = List.of(
            new Engine("Google", List.of("googlebot", "google-inspectiontool", "googleother", "storebot-google",
                    "adsbot-google", "mediapartners-google"), List.of("googlebot.com", "google.com", "googleusercontent.com")),
            new Engine("Bing", List.of("bingbot", "adidxbot", "bingpreview"), List.of("search.msn.com")),
            new Engine("Apple", List.of("applebot"), List.of("applebot.apple.com")),
            new Engine("Yandex", List.of("yandexbot", "yandex.com/bots"), List.of("yandex.ru", "yandex.net", "yandex.com")),
            new Engine("Baidu", List.of("baiduspider"), List.of("baidu.com", "baidu.jp")));

    private record Verdict(String engine, Instant expiresAt) {
    }

    private final CrawlerProperties properties;
    private final CrawlerDns dns;
    private final ObjectProvider<Clock> clocks;
    private final Map<String, Verdict> verdicts;

    VerifiedCrawlers(CrawlerProperties properties, CrawlerDns dns, ObjectProvider<Clock> clocks) {
        this.properties = properties;
        this.dns = dns;
        this.clocks = clocks;
        int max = properties.cacheSize();
        this.verdicts = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Verdict> eldest) {
                return size() > max;
            }
        };
    }

    /** Whether the option is on at all. */
    public boolean enabled() {
        return properties.enabled();
    }

    /**
     * The engine whose verified crawler sent this request; empty when the option is off, the User-Agent names no
     * engine, or the address does not verify for the engine it names (a User-Agent alone never suffices).
     *
     * @param address the client address ({@code request.getRemoteAddr()}); may be null
     * @param userAgent the User-Agent header; may be null
     */
    public Optional<String> verify(String address, String userAgent) {
        if (!properties.enabled() || address == null || userAgent == null) {
            return Optional.empty();
        }
        String agent = userAgent.toLowerCase(Locale.ROOT);
        Engine claimed = ENGINES.stream().filter(engine -> engine.claimedBy(agent)).findFirst().orElse(null);
        if (claimed == null) {
            return Optional.empty();
        }
        String engine = verdict(address);
        return claimed.name().equals(engine) ? Optional.of(engine) : Optional.empty();
    }

    private String verdict(String address) {
        Instant now = clocks.getIfAvailable(Clock::systemUTC).instant();
        synchronized (verdicts) {
            Verdict cached = verdicts.get(address);
            if (cached != null && now.isBefore(cached.expiresAt())) {
                return cached.engine();
            }
        }
        String engine = lookUp(address);
        synchronized (verdicts) {
            verdicts.put(address, new Verdict(engine, now.plus(properties.cacheTtl())));
        }
        return engine;
    }

    /** Reverse DNS to an engine's domain, then forward DNS of that name back to the same address. */
    private String lookUp(String address) {
        String normalised = normalise(address);
        if (normalised == null) {
            return null;
        }
        String host = dns.reverse(normalised);
        if (host == null || host.isBlank()) {
            return null;
        }
        Engine engine = ENGINES.stream().filter(candidate -> candidate.owns(host)).findFirst().orElse(null);
        if (engine == null) {
            return null;
        }
        boolean backToSame = dns.forward(host).stream().map(VerifiedCrawlers::normalise)
                .anyMatch(normalised::equals);
        return backToSame ? engine.name() : null;
    }

    private static String normalise(String address) {
        InetAddress literal = literal(address);
        return literal == null ? null : literal.getHostAddress();
    }

    /** The address an IP literal stands for, without any DNS lookup; null for anything else. */
    static InetAddress literal(String address) {
        if (address == null) {
            return null;
        }
        String trimmed = address.trim();
        boolean looksLiteral = trimmed.matches("\\d{1,3}(\\.\\d{1,3}){3}") || trimmed.matches("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
        if (!looksLiteral) {
            return null;
        }
        try {
            return InetAddress.getByName(trimmed);
        } catch (java.net.UnknownHostException notAnAddress) {
            return null;
        }
    }
}
