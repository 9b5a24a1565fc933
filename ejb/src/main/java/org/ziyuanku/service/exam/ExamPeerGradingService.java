package org.ziyuanku.service.exam;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.ziyuanku.service.exam.internal.PeerHandOut;
import org.ziyuanku.service.exam.internal.PeerTaskRepository;
import org.ziyuanku.service.exam.internal.PeerTaskRepository.TaskRow;
import org.ziyuanku.service.exam.internal.SnapshotKeys;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.review.SensitiveWordScreening;

/**
 * Peer grading (互评) of an exam's subjective answers (issue 15 item 6), for an exam set with N peer reviewers
 * (1–5). Once the exam is over (closed, or past its window) a teacher hands it out, or the minute sweep does a minute
 * after the window ({@link ExamPeerSweepService#handOutDue}): every learner's latest submitted attempt, its answers
 * still waiting for a person go to N other submitters by the kernel's {@code PeerRotation} ({@link PeerHandOut}; the
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
        audited.detail(counts(done));
        return done;
    }

    /** The hand-out's counts, as its audit records give them. */
    static String counts(PeerHandOutView done) {
        return done.reviewers() + " reviewers, " + done.answers() + " answers, " + done.tasks() + " tasks";
    }

    /** The caller's peer-grading tasks at the exam (none before the hand-out), question by question. */
    @Audited(action = READ, outcomes = AuditOutcome.DENIED)
    public List<PeerTaskView> mine(@AuditTarget("exam:") long examId) {
        access.learnerExam(examId);
        List<TaskRow> rows = tasks.ofReviewer(examId, caller.accountId());
        Map<Long, List<SnapshotQuestion>> shown = new HashMap<>();
        Map<Long, Map<Long, SnapshotKeys.Frozen>> keys = new HashMap<>();
        for (long attemptId : rows.stream().map(TaskRow::attemptId).distinct().toList()) {
            AttemptRow row = attempts.find(attemptId).orElseThrow();
            shown.put(attemptId, ExamJson.questions(row.snapshot()));
            keys.put(attemptId, SnapshotKeys.read(row.answerKeys()));
        }
        return rows.stream().map(t -> view(t, shown.get(t.attemptId()), keys.get(t.attemptId()))).toList();
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
        if (!task.revisable()) {
            throw ExamRefusedException.conflict("peer.final");
        }
        tasks.grade(taskId, score, text, LocalDateTime.now());
        settleWhenComplete(task.attemptId(), task.questionId());
        audited.detail(task.questionId() + ": " + score.toPlainString());
        return view(tasks.find(taskId).orElseThrow(), ExamJson.questions(row.snapshot()),
                SnapshotKeys.read(row.answerKeys()));
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

    /** The task as its reviewer sees it, from its attempt's questions and frozen keys (read once per attempt). */
    private PeerTaskView view(TaskRow t, List<SnapshotQuestion> questions, Map<Long, SnapshotKeys.Frozen> keys) {
        SnapshotQuestion shown = questions.stream().filter(q -> q.questionId() == t.questionId()).findFirst()
                .orElseThrow();
        QuestionDraft q = papers.gradingDraft(keys, shown);
        return new PeerTaskView(t.id(), t.examId(), t.questionId(), q.stem(), shown.points(),
                ExamJson.answer(t.answer()).text(), q.key().reference(), t.score(), t.comment(), t.revisable());
    }

    private static SnapshotQuestion question(AttemptRow row, long questionId) {
        return ExamJson.questions(row.snapshot()).stream().filter(q -> q.questionId() == questionId).findFirst()
                .orElseThrow();
    }
}
