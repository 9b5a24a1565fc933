package org.ziyuanku.web.api.v1.exam;

import java.math.BigDecimal;
import java.util.List;
import org.ziyuanku.service.exam.ExamStatisticsView;

/**
 * An exam's statistics for its teachers: learners, attempted, submitted, graded; mean, median, max and min score and
 * ten 10 % bands over the graded learners; per question the stem as short text, the papers holding it, the answers,
 * the difficulty index (mean score rate, 0–1), the discrimination index (upper minus lower 27 %; absent when
 * {@code groupSize} is 0, too few graded learners) and for choice questions how often each option (A first) was
 * picked and the key options.
 */
public record ExamStatisticsDto(long examId, int learners, int attempted, int submitted, int graded, BigDecimal mean,
        BigDecimal median, BigDecimal max, BigDecimal min, List<Integer> bands, int groupSize,
        List<Question> questions) {

    /** One question's statistics. */
    public record Question(long questionId, String type, String stem, int papers, int answered, BigDecimal scoreRate,
            BigDecimal discrimination, List<Integer> optionCounts, List<Integer> keyOptions) {
    }

    public static ExamStatisticsDto of(ExamStatisticsView v) {
        return new ExamStatisticsDto(v.examId(), v.learners(), v.attempted(), v.submitted(), v.graded(), v.mean(),
                v.median(), v.max(), v.min(), v.bands(), v.groupSize(), v.questions().stream()
                        .map(q -> new Question(q.questionId(), q.type().name(), q.stem(), q.papers(), q.answered(),
                                q.scoreRate(), q.discrimination(), q.optionCounts(), q.keyOptions())).toList());
    }
}
