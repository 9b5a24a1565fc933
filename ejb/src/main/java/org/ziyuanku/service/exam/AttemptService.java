package org.ziyuanku.service.exam;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.domain.exam.ExamAttemptStatus;
import org.ziyuanku.domain.exam.ExamStatus;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.exam.LearnerExamView.LatestAttempt;
import org.ziyuanku.service.exam.internal.AnswerRepository;
import org.ziyuanku.service.exam.internal.AnswerRepository.AnswerRow;
import org.ziyuanku.service.exam.internal.AttemptGrading;
import org.ziyuanku.service.exam.internal.AttemptRepository;
import org.ziyuanku.service.exam.internal.AttemptRepository.AttemptRow;
import org.ziyuanku.service.exam.internal.AttemptRepository.AttemptState;
import org.ziyuanku.service.exam.internal.ExamJson;
import org.ziyuanku.service.exam.internal.ExamRepository;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.review.ScreenedText;
import org.ziyuanku.service.review.SensitiveWordScreening;

/**
 * A learner's exam attempts (issue 15 item 6). Start is one conditional row update of the learner's PREPARED attempt
 * (drawn on demand for a late enrolment or a further attempt) to IN_PROGRESS, with the deadline the server computes:
 * the earlier of the exam's closing and now + its duration; starting again, on any node, answers the same attempt and
 * deadline. Answers are saved per question with the client's sequence number ({@link AnswerRepository#save}) until
 * the deadline (plus {@value #GRACE_SECONDS} s for the request in flight): a save reads the attempt's small columns
 * (not its snapshot) and checks the question against the ids stored at draw time, then one upsert returns the row it
 * stored. Submitting grades the objective questions
 * at once; the deadline submits by itself ({@link ExamGradingService#submitOverdue}). Another learner's attempt is
 * not found. Start and submit are audited; saves and switches away record only their refusals (there are thousands).
 */
@Stateless
@PermitAll
public class AttemptService {

    public static final String START = "EXAM_ATTEMPT_START";
    public static final String SAVE = "EXAM_ANSWER_SAVE";
    public static final String SWITCH_AWAY = "EXAM_SWITCH_AWAY";
    public static final String SUBMIT = "EXAM_ATTEMPT_SUBMIT";
    static final String READ = "EXAM_ATTEMPT_READ";
    /** How late a save or submit may arrive after the deadline (the request in flight). */
    public static final int GRACE_SECONDS = 5;
    private static final int MAX_ANSWER = 20_000;

    @Inject
    private Caller caller;

    @Inject
    private ExamAccess access;

    @Inject
    private ExamRepository exams;

    @Inject
    private AttemptRepository attempts;

    @Inject
    private AnswerRepository answers;

    @Inject
    private AttemptGrading grading;

    @Inject
    private SensitiveWordScreening screening;

    @Inject
    private AttemptStarter starter;

    @Inject
    private AuditedCall audited;

    /**
     * Starts the caller's attempt at the exam, or answers the one in progress. Audited as {@value #START}.
     *
     * @throws ExamRefusedException not found for an exam the caller does not take; {@code exam.attempt.notOpen},
     *         {@code closed}, {@code lateEntry}, {@code noAttemptsLeft} (409)
     */
    @Audited(action = START)
    public AttemptView start(@AuditTarget("exam:") long examId) {
        AttemptView started = starter.start(examId);
        audited.detail("attempt:" + started.id());
        return started;
    }

    /**
     * The offering's published exams the caller takes (of their class, or of the whole offering), newest first, each
     * with the caller's latest attempt: the learner's list of exams, in three reads whatever its length. Anybody
     * without an ACTIVE enrolment in the offering is refused as not found (audited DENIED).
     */
    @Audited(action = READ, outcomes = AuditOutcome.DENIED)
    public List<LearnerExamView> mine(@AuditTarget("offering:") long offeringId) {
        long classId = access.learnerClass(offeringId);
        Map<Long, LatestAttempt> latest = attempts.latestInOffering(offeringId, caller.accountId());
        return exams.ofOffering(offeringId).stream().filter(e -> e.status() != ExamStatus.DRAFT)
                .filter(e -> e.classId() == null || e.classId() == classId)
                .map(e -> new LearnerExamView(e, latest.get(e.id()))).toList();
    }

    /** The caller's attempt. */
    @Audited(action = READ, outcomes = AuditOutcome.DENIED)
    public AttemptView get(@AuditTarget("attempt:") long id) {
        AttemptRow row = own(id);
        return starter.view(exams.find(row.examId()).orElseThrow(), row);
    }

    /**
     * Saves the answer to a question of the caller's attempt in progress, unless a save with the same or a higher
     * {@code seq} is stored; answers the answer stored now (the newer one either way).
     *
     * @throws ExamRefusedException {@code exam.attempt.over} after the deadline; {@code exam.attempt.invalid.*}
     */
    @Audited(action = SAVE, outcomes = {AuditOutcome.DENIED, AuditOutcome.FAILURE})
    public AttemptView.SavedAnswer save(@AuditTarget("attempt:") long id, long questionId, LearnerAnswer answer,
            long seq) {
        AttemptState row = ownState(id, questionId);
        LocalDateTime now = LocalDateTime.now();
        LocalDateTime cutoff = now.minusSeconds(GRACE_SECONDS);
        refuseOver(row, cutoff);
        if (!onPaper(row, questionId)) {
            throw new ExamRefusedException(ExamRefusedException.Kind.INVALID, "exam.attempt.invalid.question",
                    Long.toString(questionId));
        }
        if (answer == null || seq < 1) {
            throw new ExamRefusedException(ExamRefusedException.Kind.INVALID, "exam.attempt.invalid.answer");
        }
        String json = ExamJson.answer(answer);
        if (json.length() > MAX_ANSWER) {
            throw new ExamRefusedException(ExamRefusedException.Kind.INVALID, "exam.attempt.invalid.tooLong",
                    Integer.toString(MAX_ANSWER));
        }
        screening.refuseBlocked(texts(answer, new ArrayList<>()));
        AnswerRow stored = answers.save(id, questionId, json, seq, now, cutoff).orElseGet(() -> newer(id, questionId));
        return new AttemptView.SavedAnswer(questionId, ExamJson.answer(stored.answer()), stored.seq(),
                stored.savedAt());
    }

    /**
     * Whether the question is on the attempt's paper: from the ids stored when it was drawn, or (an attempt drawn by a
     * node of the release before V52, left without them) from its snapshot.
     */
    private boolean onPaper(AttemptState row, long questionId) {
        if (row.onPaper() != null) {
            return row.onPaper();
        }
        return attempts.find(row.id()).map(AttemptRow::snapshot).map(ExamJson::questions).orElse(List.of()).stream()
                .anyMatch(q -> q.questionId() == questionId);
    }

    /** The answer a save stored nothing over (a newer one): the attempt must still be in progress. */
    private AnswerRow newer(long id, long questionId) {
        if (attempts.state(id, 0).filter(r -> r.status() == ExamAttemptStatus.IN_PROGRESS).isEmpty()) {
            throw ExamRefusedException.conflict("attempt.over");
        }
        return answers.one(id, questionId).filter(a -> a.answer() != null)
                .orElseThrow(() -> ExamRefusedException.conflict("attempt.over"));
    }

    private static List<ScreenedText> texts(LearnerAnswer answer, List<ScreenedText> texts) {
        if (answer.text() != null && !answer.text().isBlank()) {
            texts.add(new ScreenedText("answer", answer.text()));
        }
        answer.blanks().stream().filter(b -> b != null && !b.isBlank())
                .forEach(b -> texts.add(new ScreenedText("answer", b)));
        answer.parts().forEach(p -> texts(p, texts));
        return texts;
    }

    /** Counts one switch away from the page (a signal for the teacher); answers the count. */
    @Audited(action = SWITCH_AWAY, outcomes = {AuditOutcome.DENIED, AuditOutcome.FAILURE})
    public int switchAway(@AuditTarget("attempt:") long id) {
        ownState(id, 0);
        if (!attempts.switchAway(id)) {
            throw ExamRefusedException.conflict("attempt.over");
        }
        return attempts.find(id).orElseThrow().switchAwayCount();
    }

    /**
     * Submits the caller's attempt in progress and grades its objective questions; submitting a submitted attempt
     * again answers it as it is. Audited as {@value #SUBMIT}.
     */
    @Audited(action = SUBMIT)
    public AttemptView submit(@AuditTarget("attempt:") long id) {
        AttemptState row = ownState(id, 0);
        if (row.status() == ExamAttemptStatus.PREPARED) {
            throw ExamRefusedException.conflict("attempt.notStarted");
        }
        if (row.status() == ExamAttemptStatus.IN_PROGRESS) {
            refuseOver(row, LocalDateTime.now().minusSeconds(GRACE_SECONDS));
            if (attempts.submit(id, LocalDateTime.now())) {
                grading.gradeObjective(id);
            }
        }
        return get(id);
    }

    private static void refuseOver(AttemptState row, LocalDateTime cutoff) {
        if (row.status() != ExamAttemptStatus.IN_PROGRESS || !row.deadlineAt().isAfter(cutoff)) {
            throw ExamRefusedException.conflict("attempt.over");
        }
    }

    private AttemptRow own(long id) {
        AttemptRow row = attempts.find(id).filter(r -> caller.is(r.learnerId()))
                .orElseThrow(() -> ExamRefusedException.attemptNotFound(id));
        audited.on("exam:" + row.examId(), "attempt:" + id);
        return row;
    }

    /** The caller's attempt's small columns ({@link AttemptRepository#state}), audited as {@link #own} does. */
    private AttemptState ownState(long id, long questionId) {
        AttemptState row = attempts.state(id, questionId).filter(r -> caller.is(r.learnerId()))
                .orElseThrow(() -> ExamRefusedException.attemptNotFound(id));
        audited.on("exam:" + row.examId(), "attempt:" + id);
        return row;
    }
}
