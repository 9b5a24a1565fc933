package org.ziyuanku.service.exam.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ziyuanku.domain.exam.ExamAttemptStatus;
import org.ziyuanku.service.exam.ExamStatisticsView;
import org.ziyuanku.service.exam.ExamStatisticsView.QuestionStat;

/** Computes an exam's statistics from its grouped reads ({@link ExamResultsRepository}); pure. */
public final class ExamStatistics {

    static final int BANDS = 10;

    private ExamStatistics() {
    }

    /** What the statistics show of a question besides its numbers: a short plain-text stem and its key options. */
    public record ItemInfo(String stem, List<Integer> keyOptions) {
    }

    /** The reads the statistics are computed from. */
    public record Reads(List<ExamResultsRepository.LearnerRow> rows, List<ExamResultsRepository.QuestionRow> questions,
            List<ExamResultsRepository.OptionRow> options, List<ExamResultsRepository.ItemScoreRow> itemScores,
            Map<Long, ItemInfo> items) {
    }

    /** The statistics of the exam with {@code learners} enrolled learners. */
    public static ExamStatisticsView of(long examId, int learners, Reads reads) {
        List<ExamResultsRepository.LearnerRow> rows = reads.rows();
        int attempted = (int) rows.stream().filter(r -> r.status() != ExamAttemptStatus.PREPARED).count();
        int submitted = (int) rows.stream().filter(r -> r.status() == ExamAttemptStatus.SUBMITTED
                || r.status() == ExamAttemptStatus.GRADED).count();
        List<ExamResultsRepository.LearnerRow> graded = rows.stream()
                .filter(r -> r.status() == ExamAttemptStatus.GRADED && r.score() != null).toList();
        List<BigDecimal> scores = graded.stream().map(ExamResultsRepository.LearnerRow::score).sorted().toList();
        int[] bands = new int[BANDS];
        ItemDiscrimination discrimination = ItemDiscrimination.of(reads.itemScores());
        graded.forEach(r -> bands[band(r.score(), r.maxScore())]++);
        return new ExamStatisticsView(examId, Math.max(learners, rows.size()), attempted, submitted, graded.size(),
                mean(scores), median(scores), scores.isEmpty() ? null : scores.get(scores.size() - 1),
                scores.isEmpty() ? null : scores.get(0), Arrays.stream(bands).boxed().toList(),
                questionStats(reads, discrimination), discrimination.groupSize());
    }

    /** The 10 % band of the score (0: under 10 %, 9: 90 % to 100 %). */
    static int band(BigDecimal score, BigDecimal max) {
        if (max == null || max.signum() <= 0 || score.signum() <= 0) {
            return 0;
        }
        int band = score.multiply(BigDecimal.TEN).divide(max, 0, RoundingMode.FLOOR).intValue();
        return Math.min(BANDS - 1, Math.max(0, band));
    }

    static BigDecimal mean(List<BigDecimal> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        return sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(sorted.size()), 2, RoundingMode.HALF_UP);
    }

    static BigDecimal median(List<BigDecimal> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int n = sorted.size();
        BigDecimal middle = n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
        return middle.setScale(2, RoundingMode.HALF_UP);
    }

    private static List<QuestionStat> questionStats(Reads reads, ItemDiscrimination discrimination) {
        Map<Long, List<ExamResultsRepository.OptionRow>> picked = new HashMap<>();
        reads.options().forEach(o -> picked.computeIfAbsent(o.questionId(), k -> new ArrayList<>()).add(o));
        List<QuestionStat> stats = new ArrayList<>();
        for (ExamResultsRepository.QuestionRow q : reads.questions()) {
            List<Integer> counts = new ArrayList<>();
            if (picked.containsKey(q.questionId()) || q.type().name().endsWith("_CHOICE")) {
                List<ExamResultsRepository.OptionRow> mine = picked.getOrDefault(q.questionId(), List.of());
                int size = Math.max(q.options(), mine.stream().mapToInt(o -> o.option() + 1).max().orElse(0));
                for (int i = 0; i < size; i++) {
                    counts.add(0);
                }
                mine.stream().filter(o -> o.option() >= 0).forEach(o -> counts.set(o.option(), o.count()));
            }
            BigDecimal rate = q.graded() == 0 || q.points().signum() == 0 ? null
                    : q.scores().divide(q.points(), 4, RoundingMode.HALF_UP);
            ItemInfo info = reads.items().getOrDefault(q.questionId(), new ItemInfo("", List.of()));
            stats.add(new QuestionStat(q.questionId(), q.type(), info.stem(), q.papers(), q.answered(), rate,
                    discrimination.of(q.questionId()), counts, counts.isEmpty() ? List.of() : info.keyOptions()));
        }
        return stats;
    }
}
