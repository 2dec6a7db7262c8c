package org.broadsheet.content.article;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A short-lived copy of what every reader sees alike — published article content (before the gate cuts it) and
 * the catalog lists — so the hottest path does not rebuild an article from a dozen rows on every view. Nothing
 * here depends on who reads: the access decision and the meter always run afresh.
 * <p>
 * Freshness: any write through this instance's {@link Newsroom} empties the cache at once (and again when the
 * write commits, so a read racing the commit cannot keep the old state); writes made by another instance show
 * here after at most {@link #TIME_TO_LIVE}, since entries are never used older than that.
 */
@Component
class ArticleCache {

    /** How long another instance's edit may take to show here. */
    static final Duration TIME_TO_LIVE = Duration.ofSeconds(5);
    /** Entries kept at most (article bodies are a few kilobytes each); beyond that, one is dropped per insert. */
    static final int MAX_ENTRIES = 512;

    private record Entry(Object value, long loadedAt, long generation) {
    }

    private record Loading(long generation, CompletableFuture<Object> result) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, Loading> loading = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    /**
     * The cached value of this key, or the loader's, which is kept unless null or a write happened meanwhile.
     * Concurrent misses of one key share one load (when an entry expires under load, one thread reloads it and the
     * others wait for that load rather than each running it), unless a write happened since that load started.
     */
    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> loader) {
        long now = System.nanoTime();
        long current = generation.get();
        Entry entry = entries.get(key);
        if (entry != null && entry.generation() == current && now - entry.loadedAt() < TIME_TO_LIVE.toNanos()) {
            return (T) entry.value();
        }
        Loading mine = new Loading(current, new CompletableFuture<>());
        Loading running = loading.putIfAbsent(key, mine);
        if (running != null) {
            if (running.generation() == current) {
                try {
                    Object shared = running.result().join();
                    if (generation.get() == current) {
                        return (T) shared;
                    }
                }
                catch (CompletionException | CancellationException failed) {
                    // that load failed: load here, and fail here if it fails again
                }
            }
            return loadAndKeep(key, loader, now, current);
        }
        try {
            T value = loadAndKeep(key, loader, now, current);
            mine.result().complete(value);
            return value;
        }
        catch (RuntimeException | Error failed) {
            mine.result().completeExceptionally(failed);
            throw failed;
        }
        finally {
            loading.remove(key, mine);
        }
    }

    private <T> T loadAndKeep(String key, Supplier<T> loader, long now, long current) {
        T value = loader.get();
        if (value != null && generation.get() == current) {
            if (entries.size() >= MAX_ENTRIES) {
                Iterator<String> keys = entries.keySet().iterator();
                if (keys.hasNext()) {
                    entries.remove(keys.next());
                }
            }
            entries.put(key, new Entry(value, now, current));
        }
        return value;
    }

    /** Something was written: nothing cached so far is used again, now and after the surrounding commit. */
    void changed() {
        invalidate();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    invalidate();
                }
            });
        }
    }

    private void invalidate() {
        generation.incrementAndGet();
        entries.clear();
    }
}
