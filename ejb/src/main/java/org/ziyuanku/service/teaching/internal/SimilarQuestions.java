package org.ziyuanku.service.teaching.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ziyuanku.domain.teaching.ClassQuestion;
import org.ziyuanku.service.teaching.SimilarQuestionView;

/**
 * Similar-question matching for Chinese and Latin text alike, without a segmenter or a PostgreSQL extension: both
 * titles are normalised ({@link ClassQuestion#normalise}), cut into overlapping character bigrams (a one-character
 * title is its own gram), and compared by the Dice coefficient of the two bigram multisets (2·|A∩B| / (|A|+|B|)).
 * Near-identical titles score close to 1, a shared two-character term alone scores low.
 */
public final class SimilarQuestions {

    /** Below this a question is not suggested. */
    public static final double THRESHOLD = 0.3;
    /** At most this many suggestions. */
    public static final int LIMIT = 5;

    private SimilarQuestions() {
    }

    /** The candidates most similar to the typed text, best first, at most {@link #LIMIT}, none below the threshold. */
    public static List<SimilarQuestionView> rank(String typed, List<ClassQuestion> candidates) {
        Map<String, Integer> grams = bigrams(ClassQuestion.normalise(typed));
        if (grams.isEmpty()) {
            return List.of();
        }
        return candidates.stream().map(q -> new SimilarQuestionView(q.getId(), q.getTitle(), q.getStatus().name(),
                dice(grams, bigrams(q.getSearchTitle())))).filter(v -> v.similarity() >= THRESHOLD)
                .sorted(Comparator.comparingDouble(SimilarQuestionView::similarity).reversed()
                        .thenComparing(Comparator.comparingLong(SimilarQuestionView::id).reversed()))
                .limit(LIMIT).toList();
    }

    /** The Dice coefficient of two normalised texts' bigrams, 0 to 1. */
    public static double similarity(String a, String b) {
        return dice(bigrams(ClassQuestion.normalise(a)), bigrams(ClassQuestion.normalise(b)));
    }

    static Map<String, Integer> bigrams(String normalised) {
        Map<String, Integer> grams = new HashMap<>();
        int[] cps = normalised.codePoints().toArray();
        if (cps.length == 1) {
            grams.put(new String(cps, 0, 1), 1);
        }
        for (int i = 0; i + 1 < cps.length; i++) {
            grams.merge(new String(cps, i, 2), 1, Integer::sum);
        }
        return grams;
    }

    private static double dice(Map<String, Integer> a, Map<String, Integer> b) {
        int sizeA = a.values().stream().mapToInt(Integer::intValue).sum();
        int sizeB = b.values().stream().mapToInt(Integer::intValue).sum();
        if (sizeA + sizeB == 0) {
            return 0;
        }
        int shared = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            shared += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        }
        return 2.0 * shared / (sizeA + sizeB);
    }
}
