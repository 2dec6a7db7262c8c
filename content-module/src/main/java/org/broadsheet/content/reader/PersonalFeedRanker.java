package org.broadsheet.content.reader;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.broadsheet.content.CatalogRef;
import org.broadsheet.content.Feed;
import org.broadsheet.content.FeedItem;
import org.broadsheet.content.FollowKind;
import org.broadsheet.content.FollowTarget;
import org.broadsheet.content.PersonalFeed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the feed from a bounded set of candidates (the newest articles matching any follow, the newest overall
 * and the week's most read), then scores and spreads them in memory: a handful of indexed queries whatever the
 * size of the archive.
 */
@Service
class PersonalFeedRanker implements PersonalFeed {

    static final int FOLLOWED_CANDIDATES = 300;
    static final int LATEST_CANDIDATES = 100;
    static final Duration FOLLOWED_WINDOW = Duration.ofDays(180);
    private static final int MAX_SUGGESTIONS = 6;

    private final FollowsTable follows;
    private final CatalogTables catalog;
    private final FeedCandidates candidates;
    private final WeeklyPopularity popularity;
    private final ReaderClock clock;

    PersonalFeedRanker(FollowsTable follows, CatalogTables catalog, FeedCandidates candidates,
            WeeklyPopularity popularity, ReaderClock clock) {
        this.follows = follows;
        this.catalog = catalog;
        this.candidates = candidates;
        this.popularity = popularity;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Feed feed(UUID accountId, int page, int size) {
        Instant now = clock.now();
        List<FollowsTable.Row> followed = follows.rows(accountId);
        Map<String, CatalogTables.Entry> topics = catalog.entries(FollowKind.TOPIC, keys(followed, FollowKind.TOPIC));
        Map<String, CatalogTables.Entry> authors = catalog.entries(FollowKind.AUTHOR, keys(followed, FollowKind.AUTHOR));
        Map<String, CatalogTables.Entry> sections = catalog.entries(FollowKind.SECTION, keys(followed, FollowKind.SECTION));
        Map<UUID, String> topicNames = names(topics);
        Map<UUID, String> authorNames = names(authors);
        Map<UUID, String> sectionNames = names(sections);
        boolean personalized = !(topicNames.isEmpty() && authorNames.isEmpty() && sectionNames.isEmpty());

        WeeklyPopularity.Snapshot popular = popularity.at(now);
        List<FeedRanking.Candidate> pool = new ArrayList<>();
        if (personalized) {
            pool.addAll(candidates.followed(sectionNames.keySet(), topicNames.keySet(), authorNames.keySet(),
                    now.minus(FOLLOWED_WINDOW), now, FOLLOWED_CANDIDATES));
        }
        pool.addAll(candidates.latest(now, LATEST_CANDIDATES));
        Set<UUID> inPool = new HashSet<>(pool.stream().map(FeedRanking.Candidate::id).toList());
        Set<UUID> mostRead = new HashSet<>(popular.mostRead());
        pool.addAll(candidates.published(popular.mostRead().stream().filter(id -> !inPool.contains(id)).toList(), now));

        Set<UUID> ids = new LinkedHashSet<>(pool.stream().map(FeedRanking.Candidate::id).toList());
        Map<UUID, List<UUID>> topicsOf = candidates.topicsOf(ids, topicNames.keySet());
        Map<UUID, List<UUID>> authorsOf = candidates.authorsOf(ids, authorNames.keySet());
        Set<UUID> read = candidates.readAmong(accountId, ids);

        List<FeedRanking.Ranked> ranked = FeedRanking.rank(pool, c -> new FeedRanking.Signals(
                topicsOf.getOrDefault(c.id(), List.of()).stream().map(topicNames::get).sorted().toList(),
                authorsOf.getOrDefault(c.id(), List.of()).stream().map(authorNames::get).sorted().toList(),
                c.sectionId() == null ? null : sectionNames.get(c.sectionId()),
                mostRead.contains(c.id()),
                read.contains(c.id())), now);

        Map<UUID, CatalogRef> allSections = catalog.sections();
        int from = Math.min(ranked.size(), page * size);
        int to = Math.min(ranked.size(), from + size);
        List<FeedItem> items = ranked.subList(from, to).stream().map(r -> {
            FeedRanking.Candidate c = r.candidate();
            return new FeedItem(c.id(), c.slug(), c.headline(), c.summary(),
                    c.sectionId() == null ? null : allSections.get(c.sectionId()), c.publishedAt(), c.accessLevel(),
                    r.because());
        }).toList();

        Set<String> following = new HashSet<>();
        followed.forEach(f -> following.add(f.kind() + "/" + f.key()));
        List<FollowTarget> suggestions = popular.suggestions().stream()
                .filter(s -> !following.contains(s.kind() + "/" + s.key()))
                .limit(MAX_SUGGESTIONS).toList();
        return new Feed(items, page, size, to < ranked.size(), personalized, suggestions);
    }

    private static List<String> keys(List<FollowsTable.Row> rows, FollowKind kind) {
        return rows.stream().filter(r -> r.kind() == kind).map(FollowsTable.Row::key).toList();
    }

    private static Map<UUID, String> names(Map<String, CatalogTables.Entry> entries) {
        Map<UUID, String> names = new HashMap<>();
        entries.values().forEach(e -> names.put(e.id(), e.name()));
        return names;
    }
}
