package org.ziyuanku.service.exam;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.ziyuanku.domain.exam.QuestionType;

/**
 * The statistics of an exam for its teachers. {@code learners}: learners enrolled for it; {@code attempted}: learners
 * who started; {@code submitted}: learners with a submitted or graded attempt; {@code graded}: learners whose attempt
 * is fully graded. Scores (mean, median, max, min: null without any graded learner) and {@code bands} (ten 10 % bands
 * of score / max score, the last one including 100 %) count each graded learner's best graded attempt once. Per
 * question ({@link QuestionStat}) over all submitted attempts.
 */
public record ExamStatisticsView(long examId, int learners, int attempted, int submitted, int graded, BigDecimal mean,
        BigDecimal median, BigDecimal max, BigDecimal min, List<Integer> bands, List<QuestionStat> questions)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public ExamStatisticsView {
        bands = List.copyOf(bands);
        questions = List.copyOf(questions);
    }

    /**
     * One question across the submitted attempts whose paper holds it: on how many papers, how many answered it, the
     * mean score rate (sum of scores / sum of points of its graded answers, 0–1; null when none is graded) and for a
     * choice question how often each option (as stored, A = 0) was picked.
     */
    public record QuestionStat(long questionId, QuestionType type, int papers, int answered, BigDecimal scoreRate,
            List<Integer> optionCounts) implements Serializable {

        private static final long serialVersionUID = 1L;

        public QuestionStat {
            optionCounts = List.copyOf(optionCounts);
        }
    }
}
