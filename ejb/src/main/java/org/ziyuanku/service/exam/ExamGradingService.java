package org.ziyuanku.service.exam;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.exam.internal.AnswerRepository;
import org.ziyuanku.service.exam.internal.AttemptGrading;
import org.ziyuanku.service.exam.internal.AttemptPapers;
import org.ziyuanku.service.exam.internal.AttemptRepository;
import org.ziyuanku.service.exam.internal.AttemptRepository.AttemptRow;
import org.ziyuanku.service.exam.internal.ExamJson;
import org.ziyuanku.service.exam.internal.GradeInput;
import org.ziyuanku.service.exam.internal.PeerTaskRepository;
import org.ziyuanku.service.exam.internal.PeerTaskRepository.TaskRow;
import org.ziyuanku.service.exam.internal.SnapshotKeys;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.review.SensitiveWordScreening;

/**
 * Grading of exam attempts: the manual grading queue of an exam for its teachers (question by question across
 * learners), a teacher's grade of one answer (score from 0 to the question's points, a comment), after which an
 * attempt with nothing left to grade is GRADED with its total; and the deadline's automatic submission
 * ({@link #submitOverdue}, run every minute on every node by {@link AttemptDeadlineSweeper}).
 */
@Stateless
@PermitAll
public class ExamGradingService {

    public static final String GRADE = "EXAM_ANSWER_GRADE";
    static final String READ = "EXAM_GRADING_READ";
    private static final int MAX_COMMENT = 2000;
    private static final int SWEEP_BATCH = 200;

    @Inject
    private Caller caller;

    @Inject
    private ExamAccess access;

    @Inject
    private AttemptRepository attempts;

    @Inject
    private AnswerRepository answers;

    @Inject
    private AttemptPapers papers;

    @Inject
    private AttemptGrading grading;

    @Inject
    private PeerTaskRepository peers;

    @Inject
    private SensitiveWordScreening screening;

    @Inject
    private AuditedCall audited;

    /**
     * The exam's answers waiting for a person, then those graded by peers (with the peers' scores and their mean; a
     * teacher may override them), question by question, for its teachers; each attempt is read once.
     */
    @Audited(action = READ, outcomes = AuditOutcome.DENIED)
    public List<GradingItemView> queue(@AuditTarget("exam:") long examId) {
        access.teacherExam(examId, READ);
        List<GradingItemView> items = new ArrayList<>();
        Map<String, List<TaskRow>> peerTasks = peers.ofExam(examId).stream()
                .collect(Collectors.groupingBy(t -> t.attemptId() + "-" + t.questionId()));
        Map<Long, AttemptRow> read = new HashMap<>();
        List<AnswerRepository.PendingRow> rows = answers.pending(examId).stream()
                .sorted(Comparator.comparing((AnswerRepository.PendingRow p) -> !p.waiting())).toList();
        for (AnswerRepository.PendingRow p : rows) {
            AttemptRow row = read.computeIfAbsent(p.attemptId(), id -> attempts.find(id).orElseThrow());
            SnapshotQuestion shown = question(row, p.questionId());
            QuestionDraft q = papers.gradingDraft(SnapshotKeys.read(row.answerKeys()), shown);
            LearnerAnswer answer = ExamJson.answer(p.answer());
            List<TaskRow> tasks = peerTasks.getOrDefault(p.attemptId() + "-" + p.questionId(), List.of());
            items.add(new GradingItemView(p.attemptId(), p.learnerId(), p.questionId(), q.stem(), shown.points(),
                    answer.text(), q.key().reference(), p.grader(), tasks.size(),
                    tasks.stream().map(TaskRow::score).filter(Objects::nonNull).toList(),
                    p.waiting() ? null : p.score()));
        }
        return items;
    }

    /**
     * A teacher's grade of an answer (overriding its peers' grade); answers the attempt's result after it. Audited as {@value #GRADE}.
     *
     * @throws ExamRefusedException attempt not found; {@code exam.grade.invalid.*}; {@code exam.grade.notPending}
     */
    @Audited(action = GRADE)
    public ExamResultView grade(@AuditTarget("attempt:") long attemptId, long questionId, BigDecimal score,
            String comment) {
        AttemptRow row = attempts.find(attemptId).orElseThrow(() -> ExamRefusedException.attemptNotFound(attemptId));
        access.teacherExam(row.examId(), GRADE, "attempt:" + attemptId);
        BigDecimal points = points(row, questionId);
        String text = GradeInput.checked("exam.grade", score, points, comment, MAX_COMMENT, screening);
        if (!answers.gradeByHand(attemptId, questionId, score, text, caller.accountId())) {
            throw ExamRefusedException.conflict("grade.notPending");
        }
        attempts.settle(attemptId);
        audited.detail(questionId + ": " + score.toPlainString());
        return attempts.results(row.examId()).stream().filter(r -> r.attemptId() == attemptId).findFirst()
                .orElseThrow();
    }

    /**
     * Submits (AUTO) the attempts whose deadline passed more than the grace ago and grades them; each is submitted
     * by one conditional update, rows another node holds are skipped, so every node may run it. Answers how many.
     */
    public int submitOverdue() {
        LocalDateTime cutoff = LocalDateTime.now().minusSeconds(AttemptService.GRACE_SECONDS);
        return grading.submitDue(null, cutoff, SWEEP_BATCH);
    }

    private static BigDecimal points(AttemptRow row, long questionId) {
        return question(row, questionId).points();
    }

    private static SnapshotQuestion question(AttemptRow row, long questionId) {
        return ExamJson.questions(row.snapshot()).stream().filter(q -> q.questionId() == questionId).findFirst()
                .orElseThrow(() -> new ExamRefusedException(
                        ExamRefusedException.Kind.INVALID, "exam.attempt.invalid.question", Long.toString(questionId)));
    }
}
