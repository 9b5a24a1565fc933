package org.ziyuanku.service.exam;

import java.time.LocalDateTime;
import org.ziyuanku.domain.exam.ShowAnswers;

/** The rules of an exam as a teacher sets it; each broken rule refuses it with {@code exam.exam.invalid.<rule>}. */
final class ExamCommands {

    static final int MAX_TITLE = 200;
    static final int MAX_DURATION = 1440;
    static final int MAX_ATTEMPTS = 20;
    static final int MAX_PEER_REVIEWERS = 5;

    private ExamCommands() {
    }

    /**
     * The command checked, with defaults (one attempt, answers shown after submitting, no peer grading) and a
     * stripped title.
     */
    static ExamCommand checked(ExamCommand c) {
        if (c == null || c.paperId() == null) {
            throw ExamRefusedException.invalid("paper", "");
        }
        if (c.offeringId() == null) {
            throw ExamRefusedException.invalid("offering");
        }
        String title = c.title() == null ? "" : c.title().strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            throw ExamRefusedException.invalid("title", MAX_TITLE);
        }
        LocalDateTime opens = c.opensAt();
        LocalDateTime closes = c.closesAt();
        if (opens == null || closes == null || !closes.isAfter(opens)) {
            throw ExamRefusedException.invalid("window");
        }
        Integer duration = c.durationMinutes();
        if (duration == null || duration < 1 || duration > MAX_DURATION) {
            throw ExamRefusedException.invalid("duration", MAX_DURATION);
        }
        int attempts = c.maxAttempts() == null ? 1 : c.maxAttempts();
        if (attempts < 1 || attempts > MAX_ATTEMPTS) {
            throw ExamRefusedException.invalid("attempts", MAX_ATTEMPTS);
        }
        if (c.lateEntryMinutes() != null && (c.lateEntryMinutes() < 0 || c.lateEntryMinutes() > MAX_DURATION * 7)) {
            throw ExamRefusedException.invalid("lateEntry");
        }
        ShowAnswers show = c.showAnswers() == null ? ShowAnswers.AFTER_SUBMIT : c.showAnswers();
        int peers = c.peerReviewers() == null ? 0 : c.peerReviewers();
        if (peers < 0 || peers > MAX_PEER_REVIEWERS) {
            throw ExamRefusedException.invalid("peerReviewers", MAX_PEER_REVIEWERS);
        }
        return new ExamCommand(c.paperId(), c.offeringId(), c.classId(), title, opens, closes, duration, attempts,
                c.lateEntryMinutes(), show, peers);
    }
}
