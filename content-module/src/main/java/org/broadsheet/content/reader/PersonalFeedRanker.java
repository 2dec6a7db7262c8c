package org.broadsheet.content.reader;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.broadsheet.content.AccessLevel;
import org.broadsheet.content.ArticleFacts;
import org.broadsheet.content.CatalogRef;
import org.broadsheet.content.Feed;
import org.broadsheet.content.FeedItem;
import org.broadsheet.content.FollowKind;
import org.broadsheet.content.FollowTarget;
import org.broadsheet.content.PersonalFeed;
import org.broadsheet.content.rules.RuleBook;
import org.broadsheet.content.rules.RuleBooks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Builds the feed from a bounded set of candidates (the newest articles of each followed section, topic and
 * author from the feed index, the newest overall and the week's most read), then scores and spreads them in
 * memory: a handful of indexed queries whose cost does not grow with the archive.
 */
@Service
class PersonalFeedRanker implements PersonalFeed {

    /** How many of the newest articles of each followed section, topic and author are considered. */
    static final int PER_KEY = 20;
    static final int FOLLOWED_CANDIDATES = 120;
    static final int LATEST_CANDIDATES = 60;
    private static final int MAX_SUGGESTIONS = 6;

    private final FollowsTable follows;
    private final CatalogTables catalog;
    private final FeedCandidates candidates;
    private final FeedIndex index;
    private final WeeklyPopularity popularity;
    private final ReaderClock clock;
    private final ObjectProvider<RuleBooks> rules;
    private volatile RuleBooks ruleBooks;

    /** {@code rules} may be absent (slices without the access rules): then every article shows its own level. */
    PersonalFeedRanker(FollowsTable follows, CatalogTables catalog, FeedCandidates candidates,
            FeedIndex index, WeeklyPopularity popularity, ReaderClock clock, ObjectProvider<RuleBooks> rules) {
        this.rules = rules;
        this.index = index;
        this.follows = follows;
        this.catalog = catalog;
        this.candidates = candidates;
        this.popularity = popularity;
        this.clock = clock;
    }

    @Override
    public Feed feed(UUID accountId, int page, int size) {
        Instant now = clock.now();
        List<FollowsTable.Named> followed = follows.named(accountId);
        Map<UUID, String> topicNames = names(followed, FollowKind.TOPIC);
        Map<UUID, String> authorNames = names(followed, FollowKind.AUTHOR);
        Map<UUID, String> sectionNames = names(followed, FollowKind.SECTION);
        boolean personalized = !(topicNames.isEmpty() && authorNames.isEmpty() && sectionNames.isEmpty());

        FeedCandidates.Latest latest = candidates.latest(now, LATEST_CANDIDATES);
        List<FeedRanking.Candidate> pool = new ArrayList<>(latest.candidates());
        index.indexNow(latest.unindexed());
        Map<UUID, List<FeedIndex.Key>> matches = new HashMap<>();
        if (personalized) {
            Map<FollowKind, Set<UUID>> keys = new EnumMap<>(FollowKind.class);
            keys.put(FollowKind.SECTION, sectionNames.keySet());
            keys.put(FollowKind.TOPIC, topicNames.keySet());
            keys.put(FollowKind.AUTHOR, authorNames.keySet());
            index.newest(keys, now, PER_KEY)
                    .forEach(k -> matches.computeIfAbsent(k.articleId(), id -> new ArrayList<>(2)).add(k));
        }
        List<UUID> newestMatched = matches.values().stream()
                .map(list -> list.get(0))
                .sorted(Comparator.comparing(FeedIndex.Key::publishedAt).reversed().thenComparing(FeedIndex.Key::articleId))
                .limit(FOLLOWED_CANDIDATES)
                .map(FeedIndex.Key::articleId)
                .toList();

        WeeklyPopularity.Snapshot popular = popularity.at(now, pool.isEmpty() ? null : pool.get(0).publishedAt());
        Set<UUID> wanted = new LinkedHashSet<>(newestMatched);
        wanted.addAll(popular.mostRead());
        pool.forEach(c -> wanted.remove(c.id()));
        pool.addAll(candidates.published(wanted, now));
        Set<UUID> mostRead = new HashSet<>(popular.mostRead());
        Set<UUID> read = pool.stream().map(FeedRanking.Candidate::publishedAt).min(Comparator.naturalOrder())
                .map(oldest -> candidates.readSince(accountId, oldest)).orElse(Set.of());

        // only the places up to this page's end are spread; the rest would not change them
        int end = (int) Math.min(Integer.MAX_VALUE, (long) page * size + size);
        FeedRanking.Head head = FeedRanking.rank(pool, c -> {
            List<FeedIndex.Key> found = matches.get(c.id());
            if (found == null) {
                boolean popularOne = mostRead.contains(c.id());
                boolean readOne = read.contains(c.id());
                return popularOne || readOne
                        ? new FeedRanking.Signals(List.of(), List.of(), null, popularOne, readOne)
                        : FeedRanking.Signals.none();
            }
            return new FeedRanking.Signals(
                    namesOf(found, FollowKind.TOPIC, topicNames),
                    namesOf(found, FollowKind.AUTHOR, authorNames),
                    namesOf(found, FollowKind.SECTION, sectionNames).stream().findFirst().orElse(null),
                    mostRead.contains(c.id()),
                    read.contains(c.id()));
        }, now, end);

        List<FeedRanking.Ranked> ranked = head.first();
        int from = (int) Math.min(ranked.size(), (long) page * size);
        int to = Math.min(ranked.size(), end);
        Map<UUID, CatalogRef> allSections = catalog.sections(ranked.subList(from, to).stream()
                .map(r -> r.candidate().sectionId()).filter(Objects::nonNull).collect(Collectors.toSet()));
        RuleBooks books = ruleBooks();
        RuleBook book = books == null ? RuleBook.EMPTY : books.current();
        // the level the access rules give each article now, as its page decides; topics are needed only with rules
        Map<UUID, List<String>> topics = book.rules().isEmpty() ? Map.of()
                : catalog.topicKeys(ranked.subList(from, to).stream().map(r -> r.candidate().id()).toList());
        List<FeedItem> items = ranked.subList(from, to).stream().map(r -> {
            FeedRanking.Candidate c = r.candidate();
            CatalogRef section = c.sectionId() == null ? null : allSections.get(c.sectionId());
            AccessLevel level = book.rules().isEmpty() ? c.accessLevel()
                    : book.level(new ArticleFacts(c.slug(), c.accessLevel(), section == null ? null : section.key(),
                            topics.getOrDefault(c.id(), List.of()), c.publishedAt()), now).level();
            return new FeedItem(c.id(), c.slug(), c.headline(), c.summary(), section, c.publishedAt(), level,
                    r.because());
        }).toList();

        Set<String> following = new HashSet<>();
        followed.forEach(f -> following.add(f.kind() + "/" + f.key()));
        List<FollowTarget> suggestions = popular.suggestions().stream()
                .filter(s -> !following.contains(s.kind() + "/" + s.key()))
                .limit(MAX_SUGGESTIONS).toList();
        return new Feed(items, page, size, to < head.total(), personalized, suggestions);
    }

    /** The rule books once found (a bean lookup per request cost 2-3 % of the feed's CPU); null while absent. */
    private RuleBooks ruleBooks() {
        RuleBooks found = ruleBooks;
        if (found == null) {
            found = rules.getIfAvailable();
            ruleBooks = found;
        }
        return found;
    }

    private static List<String> namesOf(List<FeedIndex.Key> matches, FollowKind kind, Map<UUID, String> names) {
        // the names of the matches of this kind, each once, sorted (a handful at most: no streams)
        List<String> found = null;
        for (FeedIndex.Key match : matches) {
            String name = match.kind() == kind ? names.get(match.refId()) : null;
            if (name != null) {
                if (found == null) {
                    found = new ArrayList<>(2);
                }
                if (!found.contains(name)) {
                    found.add(name);
                }
            }
        }
        if (found == null) {
            return List.of();
        }
        found.sort(Comparator.naturalOrder());
        return List.copyOf(found);
    }

    /** The followed catalog entries of one kind that still exist, id to name. */
    private static Map<UUID, String> names(List<FollowsTable.Named> followed, FollowKind kind) {
        Map<UUID, String> names = new HashMap<>();
        followed.stream().filter(f -> f.kind() == kind && f.refId() != null).forEach(f -> names.put(f.refId(), f.name()));
        return names;
    }
}
