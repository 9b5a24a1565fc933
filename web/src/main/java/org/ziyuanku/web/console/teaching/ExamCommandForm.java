package org.ziyuanku.web.console.teaching;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.ziyuanku.domain.exam.ShowAnswers;
import org.ziyuanku.service.exam.ExamCommand;

/**
 * A new exam as typed on console/teaching/exams.xhtml: the paper, the class (empty: every class of the offering), the
 * title, the window (by default from now for two hours), the duration, the attempts, the late-entry limit (empty:
 * until closing), the show-answers policy and the peer reviewers per subjective answer (0: none). The service checks every rule.
 */
public class ExamCommandForm extends ClassTitledForm {

    private static final long serialVersionUID = 1L;

    private Long paperId;
    private LocalDateTime opensAt = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);
    private LocalDateTime closesAt = opensAt.plusHours(2);
    private Integer durationMinutes = 60;
    private Integer maxAttempts = 1;
    private Integer lateEntryMinutes;
    private ShowAnswers showAnswers = ShowAnswers.AFTER_SUBMIT;
    private Integer peerReviewers = 0;

    ExamCommand command(long offeringId) {
        return new ExamCommand(paperId, offeringId, target(), getTitle(), opensAt, closesAt, durationMinutes,
                maxAttempts, lateEntryMinutes, showAnswers, peerReviewers);
    }

    public Long getPaperId() {
        return paperId;
    }

    public void setPaperId(Long paperId) {
        this.paperId = paperId;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalDateTime closesAt) {
        this.closesAt = closesAt;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public Integer getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(Integer maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public Integer getLateEntryMinutes() {
        return lateEntryMinutes;
    }

    public void setLateEntryMinutes(Integer lateEntryMinutes) {
        this.lateEntryMinutes = lateEntryMinutes;
    }

    public ShowAnswers getShowAnswers() {
        return showAnswers;
    }

    public void setShowAnswers(ShowAnswers showAnswers) {
        this.showAnswers = showAnswers;
    }

    public Integer getPeerReviewers() {
        return peerReviewers;
    }

    public void setPeerReviewers(Integer peerReviewers) {
        this.peerReviewers = peerReviewers;
    }
}
