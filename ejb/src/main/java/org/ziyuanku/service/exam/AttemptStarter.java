package org.ziyuanku.service.exam;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.ziyuanku.domain.exam.ExamAttemptStatus;
import org.ziyuanku.domain.exam.ExamStatus;
import org.ziyuanku.service.exam.internal.AnswerRepository;
import org.ziyuanku.service.exam.internal.AttemptGrading;
import org.ziyuanku.service.exam.internal.AttemptPreparer;
import org.ziyuanku.service.exam.internal.AttemptRepository;
import org.ziyuanku.service.exam.internal.AttemptRepository.AttemptRow;
import org.ziyuanku.service.exam.internal.AttemptRepository.AttemptState;
import org.ziyuanku.service.exam.internal.ExamJson;
import org.ziyuanku.service.identity.Caller;

/**
 * Starting an attempt and showing one, shared by {@link AttemptService} and {@link SelfTestService} so that a
 * self-test start runs inside the self-test's own audited call and writes one audit record, not a second one for the
 * attempt. Not a transaction or security boundary of its own: its callers are.
 */
@ApplicationScoped
public class AttemptStarter {

    @Inject
    private Caller caller;

    @Inject
    private ExamAccess access;

    @Inject
    private AttemptRepository attempts;

    @Inject
    private AnswerRepository answers;

    @Inject
    private AttemptPreparer preparer;

    @Inject
    private AttemptGrading grading;

    /**
     * Starts the caller's attempt at the exam, or answers the one in progress.
     *
     * @throws ExamRefusedException not found for an exam the caller does not take; {@code exam.attempt.notOpen},
     *         {@code closed}, {@code lateEntry}, {@code noAttemptsLeft} (409)
     */
    public AttemptView start(long examId) {
        ExamView exam = access.learnerExam(examId);
        long learner = caller.accountId();
        AttemptState open = attempts.openState(examId, learner).orElse(null);
        if (open != null && open.status() == ExamAttemptStatus.IN_PROGRESS) {
            return view(exam, attempts.find(open.id()).orElseThrow());
        }
        LocalDateTime now = LocalDateTime.now();
        refuseOutsideWindow(exam, now);
        if (open == null) {
            int last = attempts.lastAttemptNo(examId, learner);
            if (last >= exam.maxAttempts()) {
                throw ExamRefusedException.conflict("attempt.noAttemptsLeft", Integer.toString(exam.maxAttempts()));
            }
            preparer.prepareOne(exam, learner, last + 1);
            open = attempts.openState(examId, learner).orElseThrow();
        }
        LocalDateTime byDuration = now.plusMinutes(exam.durationMinutes());
        LocalDateTime deadline = byDuration.isBefore(exam.closesAt()) ? byDuration : exam.closesAt();
        AttemptRow started = attempts.start(open.id(), now, deadline).orElse(null);
        if (started == null) {
            // another request (or node) started it meanwhile: answer that one, as it stands
            return view(exam, attempts.open(examId, learner).orElseThrow());
        }
        // a PREPARED attempt has no answers: the one this call started needs no read of them
        return view(exam, started, List.of());
    }

    private static void refuseOutsideWindow(ExamView exam, LocalDateTime now) {
        if (now.isBefore(exam.opensAt())) {
            throw ExamRefusedException.conflict("attempt.notOpen", exam.opensAt().toString());
        }
        if (exam.status() == ExamStatus.CLOSED || !now.isBefore(exam.closesAt())) {
            throw ExamRefusedException.conflict("attempt.closed", exam.closesAt().toString());
        }
        if (exam.lateEntryMinutes() != null && now.isAfter(exam.opensAt().plusMinutes(exam.lateEntryMinutes()))) {
            throw ExamRefusedException.conflict("attempt.lateEntry", Integer.toString(exam.lateEntryMinutes()));
        }
    }

    /** The attempt as its learner sees it (results, keys and analysis after submitting as the exam allows). */
    public AttemptView view(ExamView exam, AttemptRow row) {
        return view(exam, row, answers.ofAttempt(row.id()).stream().filter(a -> a.answer() != null)
                .map(a -> new AttemptView.SavedAnswer(a.questionId(), ExamJson.answer(a.answer()), a.seq(),
                        a.savedAt())).toList());
    }

    private AttemptView view(ExamView exam, AttemptRow row, List<AttemptView.SavedAnswer> saved) {
        LocalDateTime now = LocalDateTime.now();
        boolean done = row.status() == ExamAttemptStatus.SUBMITTED || row.status() == ExamAttemptStatus.GRADED;
        boolean keys = done && switch (exam.showAnswers()) {
            case NEVER -> false;
            case AFTER_SUBMIT -> true;
            case AFTER_CLOSE -> !now.isBefore(exam.closesAt());
        };
        List<SnapshotQuestion> questions = ExamJson.questions(row.snapshot());
        List<AttemptView.QuestionResult> results = done ? grading.results(row, keys) : List.of();
        return new AttemptView(row.id(), exam.id(), exam.title(), row.attemptNo(), row.status(), row.startedAt(),
                row.deadlineAt(), row.submittedAt(), now, done ? row.score() : null, row.maxScore(),
                row.switchAwayCount(), questions, saved, results, gradedMax(row, questions, results));
    }

    /** The points the score covers when some questions are not auto-graded (a self-test's short answers); else null. */
    private static BigDecimal gradedMax(AttemptRow row, List<SnapshotQuestion> questions,
            List<AttemptView.QuestionResult> results) {
        BigDecimal ungraded = results.stream().filter(AttemptView.QuestionResult::notAutoGraded)
                .map(r -> questions.stream().filter(q -> q.questionId() == r.questionId()).findFirst()
                        .map(SnapshotQuestion::points).orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return ungraded.signum() == 0 || row.maxScore() == null ? null : row.maxScore().subtract(ungraded);
    }
}
