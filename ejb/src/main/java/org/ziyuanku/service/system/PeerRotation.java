package org.ziyuanku.service.system;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who reviews whom in peer grading (互评). {@link #rotate}: over a shuffled list of the n submitters, submitter i
 * reviews submitters i+1 .. i+N (mod n); so nobody reviews their own work, every submission gets exactly N reviewers
 * and every reviewer exactly N reviews; it needs n &gt; N. {@link #addLate}: a late joiner (who submitted after the
 * reviews were handed out) reviews nobody, but their submission gets N reviewers chosen from the existing reviewers
 * with the fewest reviews so far (ties in the pool's order), never the author.
 */
public final class PeerRotation {

    private PeerRotation() {
    }

    /** Author → their N reviewers, for the submitters in the (already shuffled) order given. */
    public static Map<Long, List<Long>> rotate(List<Long> submitters, int n) {
        int size = submitters.size();
        if (n < 1 || size <= n) {
            throw new IllegalArgumentException("peer rotation needs more than " + n + " submitters, has " + size);
        }
        Map<Long, List<Long>> reviewers = new LinkedHashMap<>();
        submitters.forEach(s -> reviewers.put(s, new ArrayList<>()));
        for (int i = 0; i < size; i++) {
            for (int k = 1; k <= n; k++) {
                reviewers.get(submitters.get((i + k) % size)).add(submitters.get(i));
            }
        }
        return reviewers;
    }

    /**
     * Late author → their N reviewers, from {@code load} (reviewer → reviews so far, in pool order; updated), never
     * the author nor one of {@code lateAuthors}' own reviewers twice.
     */
    public static Map<Long, List<Long>> addLate(List<Long> lateAuthors, Map<Long, Integer> load, int n) {
        Map<Long, List<Long>> reviewers = new LinkedHashMap<>();
        List<Long> pool = new ArrayList<>(load.keySet());
        Map<Long, Integer> order = new HashMap<>();
        for (int i = 0; i < pool.size(); i++) {
            order.put(pool.get(i), i);
        }
        for (long author : lateAuthors) {
            List<Long> candidates = pool.stream().filter(r -> r != author)
                    .sorted(Comparator.<Long>comparingInt(load::get).thenComparing(order::get)).toList();
            if (candidates.size() < n) {
                throw new IllegalArgumentException("too few reviewers for a late joiner");
            }
            List<Long> chosen = new ArrayList<>(candidates.subList(0, n));
            chosen.forEach(r -> load.merge(r, 1, Integer::sum));
            reviewers.put(author, chosen);
        }
        return reviewers;
    }

    /** Whether the plan is sound: nobody their own reviewer, no reviewer twice for one author. */
    static boolean sound(Map<Long, List<Long>> plan) {
        return plan.entrySet().stream().noneMatch(e -> e.getValue().contains(e.getKey())
                || Set.copyOf(e.getValue()).size() != e.getValue().size());
    }
}
