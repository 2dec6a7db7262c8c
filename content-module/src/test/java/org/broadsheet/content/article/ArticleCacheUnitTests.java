package org.broadsheet.content.article;

import static org.assertj.core.api.Assertions.assertThat;

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
}
