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
 * question ({@link QuestionStat}) over all submitted attempts. {@code groupSize}: how many learners each of the upper
 * and lower 27 % groups of the discrimination index holds (0: fewer than {@value #MIN_FOR_DISCRIMINATION} graded
 * learners, too few for the index).
 */
public record ExamStatisticsView(long examId, int learners, int attempted, int submitted, int graded, BigDecimal mean,
        BigDecimal median, BigDecimal max, BigDecimal min, List<Integer> bands, List<QuestionStat> questions,
        int groupSize) implements Serializable {

    /** Below this many graded learners the 27 % groups are too small for a discrimination index. */
    public static final int MIN_FOR_DISCRIMINATION = 10;

    private static final long serialVersionUID = 1L;

    public ExamStatisticsView {
        bands = List.copyOf(bands);
        questions = List.copyOf(questions);
    }

    /**
     * One question across the submitted attempts whose paper holds it: its stem as short plain text, on how many
     * papers, how many answered it, the difficulty index (mean score rate: sum of scores / sum of points of its graded
     * answers, 0–1; null when none is graded), the discrimination index (score rate of the upper 27 % of the graded
     * learners by total score minus that of the lower 27 %, −1–1; null when too few learners or none of a group had
     * it), and for a choice question how often each option (as stored, A = 0) was picked and which options are the
     * key.
     */
    public record QuestionStat(long questionId, QuestionType type, String stem, int papers, int answered,
            BigDecimal scoreRate, BigDecimal discrimination, List<Integer> optionCounts, List<Integer> keyOptions)
            implements Serializable {

        private static final long serialVersionUID = 1L;

        public QuestionStat {
            optionCounts = List.copyOf(optionCounts);
            keyOptions = List.copyOf(keyOptions);
        }
    }
}
