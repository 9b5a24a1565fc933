package org.ziyuanku.web.console.learning;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.ziyuanku.domain.exam.ExamAttemptStatus;
import org.ziyuanku.service.exam.ExamView;
import org.ziyuanku.service.exam.LearnerExamView;
import org.ziyuanku.service.exam.LearnerExamView.LatestAttempt;

/**
 * One exam in the learner's list: its window and duration, the learner's latest attempt (null before any was drawn),
 * what the learner may do now ({@code state}: NOT_OPEN, OPEN, IN_PROGRESS, DONE, CLOSED), the score when shown and
 * whether the exam has peer grading the learner may take part in (they submitted).
 */
public record LearningExamRow(long examId, String title, LocalDateTime opensAt, LocalDateTime closesAt,
        int durationMinutes, String state, Long attemptId, ExamAttemptStatus attemptStatus, BigDecimal score,
        BigDecimal maxScore, boolean mayStart, boolean peerGrading) {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /**
     * Whether the attempt is submitted but an answer still waits for peers or the teacher (待评分): its score so far
     * is only the provisional part already graded.
     */
    public boolean awaiting() {
        return attemptStatus == ExamAttemptStatus.SUBMITTED;
    }

    /** When the exam opens, to the minute. */
    public String opens() {
        return MINUTES.format(opensAt);
    }

    /** When the exam closes, to the minute. */
    public String closes() {
        return MINUTES.format(closesAt);
    }

    /** The row of an exam for the learner's latest attempt at it (or none), at the time {@code now}. */
    static LearningExamRow of(LearnerExamView entry, LocalDateTime now) {
        ExamView exam = entry.exam();
        LatestAttempt attempt = entry.latest();
        boolean open = !now.isBefore(exam.opensAt()) && now.isBefore(exam.closesAt());
        ExamAttemptStatus status = attempt == null ? null : attempt.status();
        boolean done = attempt != null && attempt.done();
        String state;
        if (status == ExamAttemptStatus.IN_PROGRESS) {
            state = "IN_PROGRESS";
        } else if (done) {
            state = "DONE";
        } else {
            state = open ? "OPEN" : now.isBefore(exam.opensAt()) ? "NOT_OPEN" : "CLOSED";
        }
        boolean again = done && attempt.attemptNo() < exam.maxAttempts();
        boolean mayStart = open && (status == null || status == ExamAttemptStatus.PREPARED || again);
        return new LearningExamRow(exam.id(), exam.title(), exam.opensAt(), exam.closesAt(), exam.durationMinutes(),
                state, attempt == null || status == ExamAttemptStatus.PREPARED ? null : attempt.id(), status,
                done ? attempt.score() : null, attempt == null ? null : attempt.maxScore(), mayStart,
                done && exam.peerReviewers() > 0);
    }
}
