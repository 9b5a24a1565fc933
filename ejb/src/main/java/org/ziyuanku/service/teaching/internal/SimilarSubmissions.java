package org.ziyuanku.service.teaching.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which submissions of one homework look copied from each other: every pair within the same class (an unknown class
 * is a class of its own) whose {@link TextFingerprints} similarity is at least {@link #THRESHOLD}, most similar
 * first. Fingerprints are computed once per submission; shared grams are counted through an inverted index.
 */
public final class SimilarSubmissions {

    /** Jaccard similarity from which a pair is flagged (疑似雷同): 0.6. */
    public static final double THRESHOLD = 0.6;

    /** The most submissions of one class compared (the first ones by id); a class is far smaller. */
    public static final int MAX_COMPARED = 2000;

    /** Low bits of a keyed gram holding the submission's index (below {@link #MAX_COMPARED}). */
    private static final long INDEX_MASK = 0xFFFF;

    private SimilarSubmissions() {
    }

    /** A submission to compare: its id, its learner's class (null: unknown) and its text. */
    public record Candidate(long submissionId, Long classId, String text) {
    }

    /** Two submissions of the same class and their similarity (0–1); {@code first} is the earlier id. */
    public record Pair(long first, long second, double similarity) {
    }

    /** The flagged pairs, most similar first. */
    public static List<Pair> flagged(List<Candidate> candidates) {
        Map<Long, List<Fingerprinted>> byClass = new LinkedHashMap<>();
        long unknown = -1;
        for (Candidate c : candidates.stream().sorted(Comparator.comparingLong(Candidate::submissionId)).toList()) {
            long[] fingerprint = TextFingerprints.of(c.text());
            if (fingerprint.length > 0) {
                long key = Objects.requireNonNullElse(c.classId(), unknown--);
                byClass.computeIfAbsent(key, k -> new ArrayList<>()).add(new Fingerprinted(c.submissionId(),
                        fingerprint));
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (List<Fingerprinted> group : byClass.values()) {
            pairs.addAll(flaggedIn(group));
        }
        pairs.sort(Comparator.comparingDouble(Pair::similarity).reversed().thenComparingLong(Pair::first)
                .thenComparingLong(Pair::second));
        return pairs;
    }

    /**
     * The flagged pairs of one class, counting shared grams in one sorted array of (upper 48 bits of the gram, the
     * submission's index in the low 16 bits): unrelated texts share few grams and cost next to nothing, so the work
     * grows with the grams, not with the pairs.
     */
    private static List<Pair> flaggedIn(List<Fingerprinted> group) {
        int n = Math.min(group.size(), MAX_COMPARED);
        long[] keyed = new long[group.stream().limit(n).mapToInt(f -> f.fingerprint().length).sum()];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (long gram : group.get(i).fingerprint()) {
                keyed[k++] = gram & ~INDEX_MASK | i;
            }
        }
        Arrays.sort(keyed);
        int[] shared = new int[n * n];
        for (int run = 0; run < keyed.length;) {
            int end = run + 1;
            while (end < keyed.length && (keyed[end] & ~INDEX_MASK) == (keyed[run] & ~INDEX_MASK)) {
                end++;
            }
            for (int a = run; a < end; a++) {
                for (int b = a + 1; b < end; b++) {
                    shared[(int) (keyed[a] & INDEX_MASK) * n + (int) (keyed[b] & INDEX_MASK)]++;
                }
            }
            run = end;
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int both = shared[i * n + j];
                double similarity = both == 0 ? 0 : (double) both
                        / (group.get(i).fingerprint().length + group.get(j).fingerprint().length - both);
                if (similarity >= THRESHOLD) {
                    pairs.add(new Pair(group.get(i).id(), group.get(j).id(), similarity));
                }
            }
        }
        return pairs;
    }

    private record Fingerprinted(long id, long[] fingerprint) {
    }
}
