package org.ziyuanku.service.exam.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ziyuanku.domain.exam.ExamStatus;
import org.ziyuanku.domain.exam.QuestionType;
import org.ziyuanku.service.exam.AnswerKey;
import org.ziyuanku.service.exam.AttemptView;
import org.ziyuanku.service.exam.ExamView;
import org.ziyuanku.service.exam.Grade;
import org.ziyuanku.service.exam.LearnerAnswer;
import org.ziyuanku.service.exam.QuestionDraft;
import org.ziyuanku.service.exam.QuestionGrader;
import org.ziyuanku.service.exam.SnapshotQuestion;

/**
 * Grades a submitted attempt's objective questions with {@link QuestionGrader} against the keys frozen in the attempt
 * when its paper was drawn ({@link SnapshotKeys}; the current key for older attempts), the learner's option indexes
 * mapped back to the stored ones, puts answered short answers (and compound questions holding one) into the manual grading
 * queue (in a self-test, which nobody grades by hand, they are marked SELF_CHECK instead: no score, shown as not
 * auto-graded with the reference answer, and the attempt's score covers the other questions), and settles the attempt: its score, GRADED when nothing waits for a person. An attempt submitted after
 * its exam's peer grading was handed out gets its reviewers then ({@link PeerHandOut#addLate}). Also the learner's per-question
 * results, the key given in the learner's option order.
 */
@ApplicationScoped
public class AttemptGrading {

    @Inject
    private AttemptRepository attempts;

    @Inject
    private AnswerRepository answers;

    @Inject
    private AttemptPapers papers;

    @Inject
    private ExamRepository exams;

    @Inject
    private PeerHandOut handOuts;

    /**
     * Submits (AUTO) up to {@code max} IN_PROGRESS attempts of the exam (null: of every exam) whose deadline is
     * before the cutoff, and grades each; the deadline sweep and an exam closed early both go this way. Answers how
     * many this call submitted.
     */
    public int submitDue(Long examId, LocalDateTime cutoff, int max) {
        List<Long> submitted = attempts.submitOverdue(examId, cutoff, max);
        submitted.forEach(this::gradeObjective);
        return submitted.size();
    }

    /** Grades the SUBMITTED attempt's questions and settles it. */
    public void gradeObjective(long attemptId) {
        AttemptRepository.AttemptRow row = attempts.find(attemptId).orElseThrow();
        Map<Long, List<Integer>> orders = ExamJson.orders(row.orders());
        Map<Long, AnswerRepository.AnswerRow> saved = new HashMap<>();
        answers.ofAttempt(attemptId).forEach(a -> saved.put(a.questionId(), a));
        LocalDateTime now = LocalDateTime.now();
        Optional<ExamView> exam = exams.findExam(row.examId());
        boolean selfTest = exam.isEmpty();
        Map<Long, SnapshotKeys.Frozen> frozen = SnapshotKeys.read(row.answerKeys());
        for (SnapshotQuestion q : ExamJson.questions(row.snapshot())) {
            AnswerRepository.AnswerRow answer = saved.get(q.questionId());
            LearnerAnswer given = stored(answer, orders.get(q.questionId()));
            QuestionDraft draft = papers.gradingDraft(frozen, q);
            Grade grade = QuestionGrader.grade(draft, given);
            if (grade.needsManualGrading() && selfTest) {
                answers.grade(attemptId, q.questionId(), null, AnswerRepository.SELF_CHECK, now);
            } else if (grade.needsManualGrading() && answer != null && answer.answer() != null) {
                answers.grade(attemptId, q.questionId(), null, AnswerRepository.PENDING, now);
            } else {
                answers.grade(attemptId, q.questionId(), scaled(grade, draft), "AUTO", now);
            }
        }
        attempts.settle(attemptId);
        exam.filter(e -> e.peerReviewers() > 0 && over(e, now))
                .ifPresent(e -> handOuts.addLate(e, attemptId, row.learnerId()));
    }

    /**
     * Whether the exam is over (closed, or past its window): only then may its peer grading have been handed out, so
     * only then does a submit take the exam's lock to add a late attempt ({@link PeerHandOut#addLate}).
     */
    private static boolean over(ExamView exam, LocalDateTime now) {
        return exam.status() == ExamStatus.CLOSED || !exam.closesAt().isAfter(now);
    }

    /** A compound question's parts carry their own points: its score is scaled to its points in the paper. */
    private static BigDecimal scaled(Grade grade, QuestionDraft draft) {
        if (draft.type() != QuestionType.COMPOUND) {
            return grade.score();
        }
        BigDecimal parts = draft.parts().stream().map(QuestionDraft::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (parts.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return grade.score().multiply(draft.points()).divide(parts, 2, RoundingMode.HALF_UP);
    }

    /** The answer with the learner's option indexes turned into the stored ones. */
    static LearnerAnswer stored(AnswerRepository.AnswerRow row, List<Integer> order) {
        LearnerAnswer given = row == null ? LearnerAnswer.none() : ExamJson.answer(row.answer());
        if (order == null || order.isEmpty()) {
            return given;
        }
        List<Integer> choices = new ArrayList<>();
        for (Integer shown : given.choices()) {
            choices.add(shown == null || shown < 0 || shown >= order.size() ? null : order.get(shown));
        }
        return new LearnerAnswer(choices, given.truth(), given.blanks(), given.text(), given.parts());
    }

    /** The learner's results: per question the score, correctness, comment and (when shown) key and analysis. */
    public List<AttemptView.QuestionResult> results(AttemptRepository.AttemptRow row, boolean showKeys) {
        Map<Long, List<Integer>> orders = ExamJson.orders(row.orders());
        Map<Long, AnswerRepository.AnswerRow> saved = new HashMap<>();
        answers.ofAttempt(row.id()).forEach(a -> saved.put(a.questionId(), a));
        List<AttemptView.QuestionResult> results = new ArrayList<>();
        Map<Long, SnapshotKeys.Frozen> frozen = SnapshotKeys.read(row.answerKeys());
        for (SnapshotQuestion q : ExamJson.questions(row.snapshot())) {
            AnswerRepository.AnswerRow answer = saved.get(q.questionId());
            boolean pending = answer == null || AnswerRepository.PENDING.equals(answer.grader());
            boolean selfCheck = answer != null && AnswerRepository.SELF_CHECK.equals(answer.grader());
            BigDecimal score = answer == null ? null : answer.score();
            boolean correct = score != null && score.compareTo(q.points()) >= 0;
            AnswerKey key = null;
            String analysis = null;
            if (showKeys) {
                QuestionDraft draft = papers.gradingDraft(frozen, q);
                key = shownKey(draft, orders.get(q.questionId()));
                analysis = draft.analysis();
            }
            results.add(new AttemptView.QuestionResult(q.questionId(), score, correct, pending,
                    answer == null ? null : answer.comment(), key, analysis, selfCheck));
        }
        return results;
    }

    private static AnswerKey shownKey(QuestionDraft draft, List<Integer> order) {
        AnswerKey key = draft.key();
        if (order == null || order.isEmpty()) {
            return key;
        }
        List<Integer> correct = new ArrayList<>();
        if (draft.type() == QuestionType.ORDERING) {
            for (int stored = 0; stored < order.size(); stored++) {
                correct.add(order.indexOf(stored));
            }
        } else {
            key.correct().forEach(stored -> correct.add(order.indexOf(stored)));
        }
        return new AnswerKey(correct, key.truth(), key.blanks(), key.scoring(), key.reference());
    }
}
