package org.ziyuanku.web.api.v1.exam;

import org.ziyuanku.domain.exam.ShowAnswers;
import org.ziyuanku.service.exam.ExamCommand;
import org.ziyuanku.web.api.BadParameterException;
import org.ziyuanku.web.api.QueryParameters;

/**
 * An exam as the API takes it: {@code paperId}, {@code offeringId}, optional {@code classId} (none: every class of the
 * offering), {@code title}, {@code opensAt} and {@code closesAt} ({@code 2026-05-01T08:30}), {@code durationMinutes},
 * optional {@code maxAttempts} (1), {@code lateEntryMinutes} (none: until closing) and {@code showAnswers} (NEVER,
 * AFTER_SUBMIT — the default — or AFTER_CLOSE) and {@code peerReviewers} (0 — the default: no peer grading — to 5:
 * learners who peer-grade each subjective answer after the exam closes).
 */
public record ExamBody(Long paperId, Long offeringId, Long classId, String title, String opensAt, String closesAt,
        Integer durationMinutes, Integer maxAttempts, Integer lateEntryMinutes, String showAnswers,
        Integer peerReviewers) {

    /** The body as a command. @throws BadParameterException for a missing body, a bad date or an unknown policy */
    public static ExamCommand command(ExamBody body) {
        if (body == null) {
            throw new BadParameterException("paperId", "", "api.error.required");
        }
        return new ExamCommand(body.paperId(), body.offeringId(), body.classId(), body.title(),
                QueryParameters.dateTime("opensAt", body.opensAt(), false),
                QueryParameters.dateTime("closesAt", body.closesAt(), false), body.durationMinutes(),
                body.maxAttempts(), body.lateEntryMinutes(), QueryParameters.enumValue("showAnswers",
                        body.showAnswers(), ShowAnswers.class, "api.error.unknownShowAnswers"), body.peerReviewers());
    }
}
