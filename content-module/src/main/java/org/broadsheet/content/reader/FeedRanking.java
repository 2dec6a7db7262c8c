package org.broadsheet.content.reader;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.broadsheet.content.AccessLevel;

/**
 * Scores and orders feed candidates: newer is better, each followed topic, author or section lifts an article,
 * the week's most-read lift it a little, articles already read sink, and no more than two in a row come from
 * one section. Pure: everything it needs is handed in.
 */
final class FeedRanking {

    static final String LATEST = "Latest";
    static final String MOST_READ = "Most read this week";
    static final int MAX_IN_A_ROW = 2;

    /** An article that may go into the feed. sectionId may be null. */
    record Candidate(UUID id, String slug, String headline, String summary, UUID sectionId, Instant publishedAt,
            AccessLevel accessLevel) {
    }

    /** Why one candidate interests the reader: names of the followed topics, authors and section it matches. */
    record Signals(List<String> followedTopics, List<String> followedAuthors, String followedSection,
            boolean mostRead, boolean read) {

        static Signals none() {
            return new Signals(List.of(), List.of(), null, false, false);
        }

        boolean followed() {
            return !followedTopics.isEmpty() || !followedAuthors.isEmpty() || followedSection != null;
        }

        List<String> because() {
            List<String> because = new ArrayList<>();
            followedTopics.forEach(name -> because.add("You follow " + name));
            followedAuthors.forEach(name -> because.add("From " + name + ", whom you follow"));
            if (followedSection != null) {
                because.add("In " + followedSection + ", which you follow");
            }
            if (mostRead) {
                because.add(MOST_READ);
            }
            if (because.isEmpty()) {
                because.add(LATEST);
            }
            return because;
        }
    }

    /** A candidate with its score and what it was scored on. */
    record Ranked(Candidate candidate, double score, Signals signals) {

        /** The reasons it is in the feed (built when asked: only the page's items need them). */
        List<String> because() {
            return signals.because();
        }
    }

    /** The first candidates in feed order (at most the limit asked for) and how many candidates there are in all. */
    record Head(List<Ranked> first, int total) {
    }

    /** Higher score first, then newer, then by id. */
    private static final Comparator<Ranked> FEED_ORDER = (x, y) -> {
        int order = Double.compare(y.score(), x.score());
        if (order == 0) {
            order = y.candidate().publishedAt().compareTo(x.candidate().publishedAt());
        }
        return order != 0 ? order : x.candidate().id().compareTo(y.candidate().id());
    };

    private FeedRanking() {
    }

    /** The candidates in feed order; each candidate once, whatever the input holds twice. */
    static List<Ranked> rank(List<Candidate> candidates, Function<Candidate, Signals> signalsOf,
            Instant now) {
        return rank(candidates, signalsOf, now, Integer.MAX_VALUE).first();
    }

    /**
     * The first limit candidates in feed order (the same as the first limit of {@link #rank(List, Function, Instant)}:
     * the spread decides each place from the ones before it), and how many there are in all.
     */
    static Head rank(List<Candidate> candidates, Function<Candidate, Signals> signalsOf, Instant now, int limit) {
        Set<UUID> seen = new HashSet<>();
        List<Ranked> scored = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (!seen.add(candidate.id())) {
                continue;
            }
            Signals signals = signalsOf.apply(candidate);
            scored.add(new Ranked(candidate, score(candidate, signals, now), signals));
        }
        scored.sort(FEED_ORDER);
        return new Head(spread(scored, limit), scored.size());
    }

    static double score(Candidate candidate, Signals signals, Instant now) {
        double ageHours = Math.max(0, Duration.between(candidate.publishedAt(), now).toMinutes() / 60.0);
        double recency = 1.0 / (1.0 + ageHours / 24.0);
        double interest = Math.min(2, signals.followedTopics().size()) * 0.6
                + Math.min(2, signals.followedAuthors().size()) * 0.7
                + (signals.followedSection() != null ? 0.4 : 0);
        double score = recency + Math.min(1.5, interest) + (signals.mostRead() ? 0.3 : 0);
        return signals.read() ? score * 0.3 : score;
    }

    /** Keeps the order but never lets more than two articles of one section follow each other while another fits. */
    static List<Ranked> spread(List<Ranked> ranked) {
        return spread(ranked, ranked.size());
    }

    /** The first limit places of {@link #spread(List)}. */
    static List<Ranked> spread(List<Ranked> ranked, int limit) {
        LinkedList<Ranked> waiting = new LinkedList<>(ranked);
        List<Ranked> spread = new ArrayList<>(Math.min(limit, ranked.size()));
        while (!waiting.isEmpty() && spread.size() < limit) {
            UUID blocked = blockedSection(spread);
            Ranked next = null;
            if (blocked != null) {
                for (Iterator<Ranked> it = waiting.iterator(); it.hasNext();) {
                    Ranked r = it.next();
                    if (!blocked.equals(r.candidate().sectionId())) {
                        next = r;
                        it.remove();
                        break;
                    }
                }
            }
            if (next == null) {
                next = waiting.removeFirst();
            }
            spread.add(next);
        }
        return spread;
    }

    private static UUID blockedSection(List<Ranked> spread) {
        if (spread.size() < MAX_IN_A_ROW) {
            return null;
        }
        UUID last = spread.get(spread.size() - 1).candidate().sectionId();
        for (int i = 2; i <= MAX_IN_A_ROW; i++) {
            if (!Objects.equals(last, spread.get(spread.size() - i).candidate().sectionId())) {
                return null;
            }
        }
        return last;
    }
}
