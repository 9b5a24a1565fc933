package org.ziyuanku.web.api.v1.exam;

import org.ziyuanku.service.exam.ExamView;

/**
 * An exam; {@code preparedAttempts}: learners' papers drawn and waiting to be started; {@code peerReviewers}: peer
 * graders per subjective answer (0: none).
 */
public record ExamDto(long id, long paperId, long offeringId, Long classId, String title, String opensAt,
        String closesAt, int durationMinutes, int maxAttempts, Integer lateEntryMinutes, String showAnswers,
        String status, long createdBy, String createdAt, int version, long preparedAttempts, int peerReviewers) {

    public static ExamDto of(ExamView v) {
        return new ExamDto(v.id(), v.paperId(), v.offeringId(), v.classId(), v.title(), String.valueOf(v.opensAt()),
                String.valueOf(v.closesAt()), v.durationMinutes(), v.maxAttempts(), v.lateEntryMinutes(),
                v.showAnswers().name(), v.status().name(), v.createdBy(), String.valueOf(v.createdAt()), v.version(),
                v.preparedAttempts(), v.peerReviewers());
    }
}
