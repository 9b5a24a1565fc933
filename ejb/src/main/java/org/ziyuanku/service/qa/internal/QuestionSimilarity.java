package org.ziyuanku.service.qa.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How alike two questions are, from their stored search terms only (space-joined, as {@code search_terms} holds them),
 * 0 to 1: the mean of a weighted Dice coefficient of the two term sets (a domain term weighs 2, a one-character term
 * 0.5, any other 1) and the plain Dice coefficient of the character bigrams inside the terms (partial words: 烘干 and
 * 烘干温度 share one). {@link #rank} keeps the best {@link #LIMIT} at or above {@link #SUGGEST} and within
 * {@link #RELATIVE} of the best score. Pure; {@code SimilarQuestionsBenchmarkTest} measures it on the shipped test set.
 */
public final class QuestionSimilarity {

    /** At or above this, a question is suggested while the learner types. */
    public static final double SUGGEST = 0.3;
    /** At or above this, the learner is offered the answered question before theirs is posted. */
    public static final double CLOSE = 0.5;
    /** A suggestion scores at least this share of the best suggestion's score. */
    public static final double RELATIVE = 0.75;
    /** At most this many suggestions. */
    public static final int LIMIT = 3;

    private static final double TERM_WEIGHT = 0.5;

    private QuestionSimilarity() {
    }

    /** A candidate with its score. */
    public record Scored<T>(T item, double score) {
    }

    /** The candidates most like {@code terms}, best first (ties: the order given). */
    public static <T> List<Scored<T>> rank(String terms, List<T> candidates, Function<T, String> termsOf,
            Predicate<String> domain) {
        List<Scored<T>> scored = candidates.stream().map(c -> new Scored<>(c, score(terms, termsOf.apply(c), domain)))
                .filter(s -> s.score() >= SUGGEST).sorted(Comparator.comparingDouble(s -> -s.score())).toList();
        if (scored.isEmpty()) {
            return scored;
        }
        double floor = scored.get(0).score() * RELATIVE;
        return scored.stream().filter(s -> s.score() >= floor).limit(LIMIT).toList();
    }

    /** The similarity of two space-joined term lists. */
    public static double score(String termsA, String termsB, Predicate<String> domain) {
        Set<String> a = new HashSet<>(split(termsA));
        Set<String> b = new HashSet<>(split(termsB));
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        double shared = a.stream().filter(b::contains).mapToDouble(t -> weight(t, domain)).sum();
        double terms = 2 * shared / (weight(a, domain) + weight(b, domain));
        return TERM_WEIGHT * terms + (1 - TERM_WEIGHT) * dice(bigrams(a), bigrams(b));
    }

    /** The terms of a space-joined list. */
    public static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of()
                : Arrays.stream(joined.strip().split(" +")).filter(t -> !t.isEmpty()).toList();
    }

    private static double weight(Set<String> terms, Predicate<String> domain) {
        return terms.stream().mapToDouble(t -> weight(t, domain)).sum();
    }

    private static double weight(String term, Predicate<String> domain) {
        if (domain.test(term)) {
            return 2;
        }
        return term.codePointCount(0, term.length()) == 1 ? 0.5 : 1;
    }

    private static Set<String> bigrams(Set<String> terms) {
        Set<String> grams = new HashSet<>();
        for (String term : terms) {
            int[] cps = term.codePoints().toArray();
            if (cps.length == 1) {
                grams.add(term);
            }
            for (int i = 0; i + 1 < cps.length; i++) {
                grams.add(new String(cps, i, 2));
            }
        }
        return grams;
    }

    private static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return 2.0 * shared / (a.size() + b.size());
    }
}
