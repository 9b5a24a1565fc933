package org.ziyuanku.service.exam;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.ziyuanku.domain.exam.ExamStatus;
import org.ziyuanku.domain.exam.ShowAnswers;

/**
 * An exam; {@code preparedAttempts}: how many learners' papers are drawn and waiting to be started;
 * {@code peerReviewers}: learners who peer-grade each subjective answer (0: no peer grading).
 */
public record ExamView(long id, long paperId, long offeringId, Long classId, String title, LocalDateTime opensAt,
        LocalDateTime closesAt, int durationMinutes, int maxAttempts, Integer lateEntryMinutes,
        ShowAnswers showAnswers, ExamStatus status, long createdBy, LocalDateTime createdAt, int version,
        long preparedAttempts, int peerReviewers) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Whether the exam is over: closed, or past its window (its peer grading may be handed out). */
    public boolean over() {
        return status == ExamStatus.CLOSED || closesAt.isBefore(LocalDateTime.now());
    }
}
