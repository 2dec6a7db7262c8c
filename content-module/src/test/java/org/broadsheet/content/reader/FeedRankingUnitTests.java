package org.broadsheet.content.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.broadsheet.content.AccessLevel;
import org.junit.jupiter.api.Test;

class FeedRankingUnitTests {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    private static FeedRanking.Candidate candidate(String slug, UUID section, Duration age) {
        return new FeedRanking.Candidate(UUID.randomUUID(), slug, slug, "", section, NOW.minus(age), AccessLevel.FREE);
    }

    @Test
    void putsAFollowedArticleOfYesterdayAboveAnUnfollowedOneOfThisHour() {
        UUID section = UUID.randomUUID();
        var followed = candidate("followed", section, Duration.ofHours(20));
        var fresh = candidate("fresh", UUID.randomUUID(), Duration.ofMinutes(5));

        var ranked = FeedRanking.rank(List.of(fresh, followed), c -> c == followed
                ? new FeedRanking.Signals(List.of("Elections"), List.of(), null, false, false)
                : FeedRanking.Signals.none(), NOW);

        assertThat(ranked).extracting(r -> r.candidate().slug()).containsExactly("followed", "fresh");
    }

    @Test
    void sinksAnArticleTheReaderHasAlreadyRead() {
        var read = candidate("read", UUID.randomUUID(), Duration.ofMinutes(1));
        var unread = candidate("unread", UUID.randomUUID(), Duration.ofHours(6));

        var ranked = FeedRanking.rank(List.of(read, unread), c -> c == read
                ? new FeedRanking.Signals(List.of(), List.of(), null, false, true)
                : FeedRanking.Signals.none(), NOW);

        assertThat(ranked).extracting(r -> r.candidate().slug()).containsExactly("unread", "read");
    }

    @Test
    void explainsEveryMatchAndFallsBackToLatest() {
        var signals = new FeedRanking.Signals(List.of("Elections"), List.of("Priya Sharma"), "Politics", true, false);

        assertThat(signals.because()).containsExactly("You follow Elections", "From Priya Sharma, whom you follow",
                "In Politics, which you follow", "Most read this week");
        assertThat(FeedRanking.Signals.none().because()).containsExactly("Latest");
    }

    @Test
    void listsACandidateFoundByTwoQueriesOnce() {
        var twice = candidate("twice", UUID.randomUUID(), Duration.ofHours(1));

        assertThat(FeedRanking.rank(List.of(twice, twice), c -> FeedRanking.Signals.none(), NOW)).hasSize(1);
    }

    @Test
    void keepsTheOrderWhenOnlyOneSectionIsLeft() {
        UUID politics = UUID.randomUUID();
        var ranked = FeedRanking.rank(List.of(
                candidate("a", politics, Duration.ofHours(1)),
                candidate("b", politics, Duration.ofHours(2)),
                candidate("c", politics, Duration.ofHours(3))), c -> FeedRanking.Signals.none(), NOW);

        assertThat(ranked).extracting(r -> r.candidate().slug()).containsExactly("a", "b", "c");
    }
}
