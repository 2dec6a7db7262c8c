package org.broadsheet.content.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ArticleCacheUnitTests {

    private final ArticleCache cache = new ArticleCache();
    private final AtomicInteger loads = new AtomicInteger();

    private String load() {
        return "version " + loads.incrementAndGet();
    }

    @Test
    void answersFromTheCacheWhileFresh() {
        assertThat(cache.<String>get("a", this::load)).isEqualTo("version 1");
        assertThat(cache.<String>get("a", this::load)).isEqualTo("version 1");
        assertThat(loads).hasValue(1);
    }

    @Test
    void loadsAgainAfterAWrite() {
        cache.get("a", this::load);
        cache.changed();
        assertThat(cache.<String>get("a", this::load)).isEqualTo("version 2");
    }

    @Test
    void keepsNothingLoadedWhileAWriteHappened() {
        cache.get("a", () -> {
            cache.changed();
            return load();
        });
        assertThat(cache.<String>get("a", this::load)).isEqualTo("version 2");
    }

    @Test
    void neverKeepsAMiss() {
        assertThat(cache.<String>get("unknown", () -> null)).isNull();
        assertThat(cache.<String>get("unknown", this::load)).isEqualTo("version 1");
    }

    @Test
    void staysWithinItsSize() {
        for (int i = 0; i < ArticleCache.MAX_ENTRIES * 2; i++) {
            cache.get("key " + i, this::load);
        }
        assertThat(loads).hasValue(ArticleCache.MAX_ENTRIES * 2);
        assertThat(cache.<String>get("key " + (ArticleCache.MAX_ENTRIES * 2 - 1), this::load)).isNotNull();
        assertThat(loads).hasValue(ArticleCache.MAX_ENTRIES * 2);
    }

    @Test
    void sharesOneLoadBetweenConcurrentMissesOfAKey() throws Exception {
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> cache.get("a", () -> {
            loading.countDown();
            await(release);
            return load();
        }));
        assertThat(loading.await(10, TimeUnit.SECONDS)).isTrue();
        List<CompletableFuture<String>> others = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            others.add(CompletableFuture.supplyAsync(() -> cache.get("a", this::load)));
        }
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("version 1");
        for (CompletableFuture<String> other : others) {
            assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo("version 1");
        }
        assertThat(loads).hasValue(1);
    }

    @Test
    void doesNotShareALoadThatAWriteOvertook() throws Exception {
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> cache.get("a", () -> {
            loading.countDown();
            await(release);
            return "before the write";
        }));
        assertThat(loading.await(10, TimeUnit.SECONDS)).isTrue();
        cache.changed();
        assertThat(cache.<String>get("a", this::load)).isEqualTo("version 1");
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("before the write");
        assertThat(cache.<String>get("a", this::load)).isEqualTo("version 1");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
