package org.ziyuanku.service.exam;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.ziyuanku.domain.exam.ExamAttemptStatus;

/**
 * A learner's attempt as the learner sees it: the paper (no keys), the answers saved so far, the deadline and the
 * server's time now (the page counts down from them). After submitting: the score (null while a person still grades)
 * and, when the exam's show-answers policy allows, each question's result with its key and analysis.
 * {@code gradedMaxScore}: in a self-test with questions nobody grades (short answers), the points of the questions
 * the score covers; null when it covers all.
 */
public record AttemptView(long id, long examId, String examTitle, int attemptNo, ExamAttemptStatus status,
        LocalDateTime startedAt, LocalDateTime deadlineAt, LocalDateTime submittedAt, LocalDateTime now,
        BigDecimal score, BigDecimal maxScore, int switchAwayCount, List<SnapshotQuestion> questions,
        List<SavedAnswer> answers, List<QuestionResult> results, BigDecimal gradedMaxScore) implements Serializable {

    private static final long serialVersionUID = 1L;

    public AttemptView {
        questions = List.copyOf(questions);
        answers = List.copyOf(answers);
        results = List.copyOf(results);
    }

    /** An answer as saved, with the client's sequence number of that save. */
    public record SavedAnswer(long questionId, LearnerAnswer answer, long seq, LocalDateTime savedAt)
            implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /**
     * The result of one question: its score (null while pending), whether it was entirely correct, a grader's
     * comment, and the key in the learner's option order and the analysis; {@code notAutoGraded}: a self-test's
     * question nobody grades (no score; the learner compares the answer with the reference answer).
     */
    public record QuestionResult(long questionId, BigDecimal score, boolean correct, boolean pending, String comment,
            AnswerKey key, String analysis, boolean notAutoGraded) implements Serializable {

        private static final long serialVersionUID = 1L;
    }
}
