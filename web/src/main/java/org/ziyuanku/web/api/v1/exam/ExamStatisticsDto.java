package org.ziyuanku.web.api.v1.exam;

import java.math.BigDecimal;
import java.util.List;
import org.ziyuanku.service.exam.ExamStatisticsView;

/**
 * An exam's statistics for its teachers: learners, attempted, submitted, graded; mean, median, max and min score and
 * ten 10 % bands over the graded learners; per question the papers holding it, the answers, the mean score rate (0–1)
 * and for choice questions how often each option (A first) was picked.
 */
public record ExamStatisticsDto(long examId, int learners, int attempted, int submitted, int graded, BigDecimal mean,
        BigDecimal median, BigDecimal max, BigDecimal min, List<Integer> bands, List<Question> questions) {

    /** One question's statistics. */
    public record Question(long questionId, String type, int papers, int answered, BigDecimal scoreRate,
            List<Integer> optionCounts) {
    }

    public static ExamStatisticsDto of(ExamStatisticsView v) {
        return new ExamStatisticsDto(v.examId(), v.learners(), v.attempted(), v.submitted(), v.graded(), v.mean(),
                v.median(), v.max(), v.min(), v.bands(), v.questions().stream().map(q -> new Question(q.questionId(),
                        q.type().name(), q.papers(), q.answered(), q.scoreRate(), q.optionCounts())).toList());
    }
}
