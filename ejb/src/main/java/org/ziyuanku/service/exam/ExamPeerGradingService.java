package org.ziyuanku.service.exam;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.domain.exam.ExamStatus;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.exam.internal.AnswerRepository;
import org.ziyuanku.service.exam.internal.AttemptPapers;
import org.ziyuanku.service.exam.internal.AttemptRepository;
import org.ziyuanku.service.exam.internal.AttemptRepository.AttemptRow;
import org.ziyuanku.service.exam.internal.ExamJson;
import org.ziyuanku.service.exam.internal.GradeInput;
import org.ziyuanku.service.exam.internal.ExamRepository;
import org.ziyuanku.service.exam.internal.PeerHandOut;
import org.ziyuanku.service.exam.internal.PeerTaskRepository;
import org.ziyuanku.service.exam.internal.PeerTaskRepository.TaskRow;
import org.ziyuanku.service.exam.internal.SnapshotKeys;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.review.SensitiveWordScreening;

/**
 * Peer grading (互评) of an exam's subjective answers (issue 15 item 6), for an exam set with N peer reviewers
 * (1–5). Once the exam is over (closed, or past its window) a teacher hands it out, or the minute sweep does a minute
 * after the window ({@link #handOutDue}): every learner's latest submitted attempt, its answers still waiting for a
 * person go to N other submitters by the kernel's {@code PeerRotation} ({@link PeerHandOut}; the
 * class homework's rotation: nobody grades their own answer, every answer gets N reviewers, every reviewer N authors);
 * it needs more than N submitters, otherwise the teacher grades. A reviewer sees the answer without its author, the
 * stem and the reference answer, and gives a score (0 to the points, two decimals at most) and a comment (screened
 * for sensitive words), revisable until a teacher grades the answer. When all N scores are in, the answer's score is
 * their mean and the attempt is settled the teacher's way; a teacher's grade in the queue always overrides the peers'.
 * A task is not found (404, audited DENIED) for anyone but its reviewer.
 */
@Stateless
@PermitAll
public class ExamPeerGradingService {

    public static final String HAND_OUT = "EXAM_PEER_HAND_OUT";
    public static final String GRADE = "EXAM_PEER_GRADE";
    static final String READ = "EXAM_PEER_READ";
    static final int MAX_COMMENT = 500;
    /** exam_answer.comment's length: the peers' comments joined are cut to it. */
    private static final int ANSWER_COMMENT = 2000;
    private static final int DUE_BATCH = 20;
    private static final Logger LOG = Logger.getLogger(ExamPeerGradingService.class.getName());

    @Inject
    private Caller caller;

    @Inject
    private ExamAccess access;

    @Inject
    private AttemptRepository attempts;

    @Inject
    private AnswerRepository answers;

    @Inject
    private PeerTaskRepository tasks;

    @Inject
    private PeerHandOut handOuts;

    @Inject
    private ExamRepository exams;

    @Inject
    private AttemptPapers papers;

    @Inject
    private SensitiveWordScreening screening;

    @Inject
    private AuditedCall audited;

    /**
     * Hands out the exam's peer grading. Audited as {@value #HAND_OUT}.
     *
     * @throws ExamRefusedException {@code exam.peer.off}, {@code notOver}, {@code handedOut}, {@code nothing},
     *     {@code tooFew} (409)
     */
    @Audited(action = HAND_OUT)
    public PeerHandOutView handOut(@AuditTarget("exam:") long examId) {
        ExamView exam = access.teacherExam(examId, HAND_OUT);
        int n = exam.peerReviewers();
        if (n < 1) {
            throw ExamRefusedException.conflict("peer.off");
        }
        if (exam.status() != ExamStatus.CLOSED && exam.closesAt().isAfter(LocalDateTime.now())) {
            throw ExamRefusedException.conflict("peer.notOver");
        }
        PeerHandOutView done = handOuts.handOut(exam);
        audited.detail(done.reviewers() + " reviewers, " + done.answers() + " answers, " + done.tasks() + " tasks");
        return done;
    }

    /**
     * The automatic hand-out, run every minute by {@link AttemptDeadlineSweeper} on every node: each exam with peer
     * grading whose window ended more than a minute ago is claimed once (one node) and handed out when it can be (too
     * few submitters or nothing to grade: logged, the teacher grades or hands out later). Answers how many exams.
     */
    public int handOutDue() {
        LocalDateTime now = LocalDateTime.now();
        int done = 0;
        for (long examId : tasks.dueForHandOut(now.minusMinutes(1), DUE_BATCH)) {
            if (!tasks.claimAutomatic(examId, now)) {
                continue;
            }
            try {
                PeerHandOutView view = handOuts.handOut(exams.find(examId).orElseThrow());
                LOG.log(Level.INFO, "exam {0}: peer grading handed out, {1} tasks", new Object[] {examId,
                    view.tasks()});
                done++;
            } catch (ExamRefusedException e) {
                LOG.log(Level.INFO, "exam {0}: peer grading not handed out ({1})", new Object[] {examId,
                    e.getReasonKey()});
            }
        }
        return done;
    }

    /** The caller's peer-grading tasks at the exam (none before the hand-out), question by question. */
    @Audited(action = READ, outcomes = AuditOutcome.DENIED)
    public List<PeerTaskView> mine(@AuditTarget("exam:") long examId) {
        access.learnerExam(examId);
        return tasks.ofReviewer(examId, caller.accountId()).stream().map(this::view).toList();
    }

    /**
     * The reviewer's score and comment of a task (again: revised); when the answer's last score is in, the answer is
     * graded with the mean and its attempt settled. Audited as {@value #GRADE}.
     *
     * @throws ExamRefusedException {@code exam.peer.notFound} (404) for anyone but the reviewer;
     *     {@code exam.peer.invalid.*} (400); {@code exam.peer.final} (409) once a teacher graded the answer
     */
    @Audited(action = GRADE)
    public PeerTaskView grade(@AuditTarget("peer-task:") long taskId, BigDecimal score, String comment) {
        TaskRow task = tasks.find(taskId).filter(t -> Objects.equals(t.reviewerId(), caller.accountId()))
                .orElseThrow(() -> new ExamRefusedException(ExamRefusedException.Kind.NOT_FOUND, "exam.peer.notFound",
                        Long.toString(taskId)));
        AttemptRow row = attempts.find(task.attemptId()).orElseThrow();
        BigDecimal points = question(row, task.questionId()).points();
        String text = GradeInput.checked("exam.peer", score, points, comment, MAX_COMMENT, screening);
        if (!AnswerRepository.PENDING.equals(task.answerGrader())
                && !AnswerRepository.PEER.equals(task.answerGrader())) {
            throw ExamRefusedException.conflict("peer.final");
        }
        tasks.grade(taskId, score, text, LocalDateTime.now());
        settleWhenComplete(task.attemptId(), task.questionId());
        audited.detail(task.questionId() + ": " + score.toPlainString());
        return view(tasks.find(taskId).orElseThrow());
    }

    /** Grades the answer with its peers' mean score (and their comments) once every peer scored it. */
    private void settleWhenComplete(long attemptId, long questionId) {
        List<TaskRow> all = tasks.ofAnswer(attemptId, questionId);
        if (all.isEmpty() || all.stream().anyMatch(t -> t.score() == null)) {
            return;
        }
        BigDecimal sum = all.stream().map(TaskRow::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = sum.divide(BigDecimal.valueOf(all.size()), 2, RoundingMode.HALF_UP);
        String joined = all.stream().map(TaskRow::comment).filter(c -> c != null && !c.isBlank())
                .collect(Collectors.joining("\n"));
        String comments = joined.length() > ANSWER_COMMENT ? joined.substring(0, ANSWER_COMMENT) : joined;
        if (answers.gradeByPeers(attemptId, questionId, mean, comments)) {
            attempts.settle(attemptId);
        }
    }

    private PeerTaskView view(TaskRow t) {
        AttemptRow row = attempts.find(t.attemptId()).orElseThrow();
        SnapshotQuestion shown = question(row, t.questionId());
        QuestionDraft q = papers.gradingDraft(SnapshotKeys.read(row.answerKeys()), shown);
        boolean revisable = AnswerRepository.PENDING.equals(t.answerGrader())
                || AnswerRepository.PEER.equals(t.answerGrader());
        return new PeerTaskView(t.id(), t.examId(), t.questionId(), q.stem(), shown.points(),
                ExamJson.answer(t.answer()).text(), q.key().reference(), t.score(), t.comment(), revisable);
    }

    private static SnapshotQuestion question(AttemptRow row, long questionId) {
        return ExamJson.questions(row.snapshot()).stream().filter(q -> q.questionId() == questionId).findFirst()
                .orElseThrow();
    }
}
