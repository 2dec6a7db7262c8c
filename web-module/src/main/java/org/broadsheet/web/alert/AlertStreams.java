package org.broadsheet.web.alert;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;

import org.broadsheet.content.ReaderAlert;
import org.broadsheet.content.ReaderAlerts;
import org.broadsheet.web.support.SiteProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live alert streams of the readers connected to this instance. Alerts are stored by content on whichever
 * instance published the article; every instance polls the store for its own connected readers, so a reader
 * gets alerts live wherever the load balancer put their stream.
 */
@Component
class AlertStreams implements SmartLifecycle {

    /** How far back a poll looks; alerts older than this are on the account page, not pushed. */
    static final Duration WINDOW = Duration.ofMinutes(5);
    static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);

    /** The alert as the stream sends it: headline, summary and link only. */
    record AlertEvent(UUID id, String headline, String summary, String url, String because, Instant createdAt) {
    }

    private final class Connection {
        final UUID accountId;
        final SseEmitter emitter;
        final Instant openedAt;
        final Set<UUID> sent = ConcurrentHashMap.newKeySet();

        Connection(UUID accountId, SseEmitter emitter, Instant openedAt) {
            this.accountId = accountId;
            this.emitter = emitter;
            this.openedAt = openedAt;
        }

        synchronized boolean send(SseEmitter.SseEventBuilder event) {
            try {
                emitter.send(event);
                return true;
            } catch (IOException | IllegalStateException gone) {
                close(this);
                return false;
            }
        }
    }

    private final Map<UUID, Set<Connection>> connections = new ConcurrentHashMap<>();
    private volatile boolean running;
    private final ReaderAlerts alerts;
    private final SiteProperties site;
    private final ObjectProvider<Clock> clocks;

    AlertStreams(ReaderAlerts alerts, SiteProperties site, ObjectProvider<Clock> clocks) {
        this.alerts = alerts;
        this.site = site;
        this.clocks = clocks;
    }

    /** Opens a stream for the reader; it receives the alerts made from now on. */
    SseEmitter open(UUID accountId) {
        SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
        Connection connection = new Connection(accountId, emitter, now().minusSeconds(1));
        connections.computeIfAbsent(accountId, id -> new CopyOnWriteArraySet<>()).add(connection);
        emitter.onCompletion(() -> close(connection));
        emitter.onTimeout(() -> close(connection));
        emitter.onError(error -> close(connection));
        connection.send(SseEmitter.event().name("ready").data("connected").reconnectTime(5000));
        return emitter;
    }

    /** Number of open streams on this instance. */
    int open() {
        return connections.values().stream().mapToInt(Set::size).sum();
    }

    @Scheduled(fixedDelayString = "${broadsheet.alerts.poll-interval:PT2S}")
    void poll() {
        if (connections.isEmpty()) {
            return;
        }
        Instant now = now();
        for (ReaderAlert alert : alerts.since(Set.copyOf(connections.keySet()), now.minus(WINDOW))) {
            for (Connection connection : connections.getOrDefault(alert.accountId(), Set.of())) {
                if (alert.createdAt().isBefore(connection.openedAt) || !connection.sent.add(alert.id())) {
                    continue;
                }
                connection.send(SseEmitter.event().name("alert").id(alert.id().toString())
                        .data(new AlertEvent(alert.id(), alert.headline(), alert.summary(),
                                site.absolute("/article/" + alert.slug()), alert.because(), alert.createdAt())));
            }
        }
    }

    @Scheduled(fixedDelayString = "${broadsheet.alerts.heartbeat-interval:PT20S}")
    void heartbeat() {
        connections.values().forEach(set -> set.forEach(c -> c.send(SseEmitter.event().comment("heartbeat"))));
    }

    @Override
    public void start() {
        running = true;
    }

    /** Ends every open stream before the web server shuts down, so a graceful shutdown does not wait on them. */
    @Override
    public void stop() {
        running = false;
        connections.values().forEach(set -> set.forEach(c -> c.emitter.complete()));
        connections.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // stops before the web server's graceful shutdown phase
        return SmartLifecycle.DEFAULT_PHASE;
    }

    private void close(Connection connection) {
        connections.computeIfPresent(connection.accountId, (id, set) -> {
            set.remove(connection);
            return set.isEmpty() ? null : set;
        });
    }

    private Instant now() {
        return clocks.getIfAvailable(Clock::systemUTC).instant();
    }
}
