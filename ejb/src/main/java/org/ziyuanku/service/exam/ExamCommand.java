package org.ziyuanku.service.exam;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.ziyuanku.domain.exam.ShowAnswers;

/**
 * An exam as a teacher sets it: the paper, the offering and optionally one class of it (null: every class), the
 * window, the duration in minutes, how many attempts a learner has, how many minutes after opening a learner may
 * still start (null: until closing), what learners see after submitting, and how many learners peer-grade each
 * subjective answer after it closes (null or 0: no peer grading, else 1 to 5).
 */
public record ExamCommand(Long paperId, Long offeringId, Long classId, String title, LocalDateTime opensAt,
        LocalDateTime closesAt, Integer durationMinutes, Integer maxAttempts, Integer lateEntryMinutes,
        ShowAnswers showAnswers, Integer peerReviewers) implements Serializable {

    private static final long serialVersionUID = 1L;
}
