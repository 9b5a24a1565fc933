package org.ziyuanku.web.api.v1.exam;

import java.math.BigDecimal;
import java.util.List;
import org.ziyuanku.service.exam.AnswerKey;
import org.ziyuanku.service.exam.AttemptView;
import org.ziyuanku.service.exam.SnapshotQuestion;

/**
 * A learner's attempt: the paper as the learner sees it (no keys), the answers saved, {@code deadlineAt} and the
 * server's {@code now} to count down from; after submitting the score and, as the exam's policy allows, each
 * question's result with its key (option indexes in the learner's order) and analysis. In a self-test a short answer
 * is not auto-graded ({@code notAutoGraded}, no score; its key holds the reference answer) and
 * {@code gradedMaxScore} gives the points the score covers (absent when it covers all).
 */
public record AttemptDto(long id, long examId, String examTitle, int attemptNo, String status, String startedAt,
        String deadlineAt, String submittedAt, String now, BigDecimal score, BigDecimal maxScore,
        int switchAwayCount, List<Question> questions, List<SavedAnswer> answers, List<Result> results,
        BigDecimal gradedMaxScore) {

    /** A question of the learner's paper. */
    public record Question(long questionId, String type, String stem, List<String> options, List<String> prompts,
            BigDecimal points, int blanks, List<Question> parts) {

        static Question of(SnapshotQuestion q) {
            return new Question(q.questionId(), q.type().name(), q.stem(), q.options(), q.prompts(), q.points(),
                    q.blanks(), q.parts().stream().map(Question::of).toList());
        }
    }

    /** An answer as saved with its sequence number. */
    public record SavedAnswer(long questionId, AnswerValue answer, long seq, String savedAt) {

        public static SavedAnswer of(AttemptView.SavedAnswer a) {
            return new SavedAnswer(a.questionId(), AnswerValue.of(a.answer()), a.seq(), String.valueOf(a.savedAt()));
        }
    }

    /** A question's result; {@code key} and {@code analysis} only when shown. */
    public record Result(long questionId, BigDecimal score, boolean correct, boolean pending, String comment,
            Key key, String analysis, boolean notAutoGraded) {
    }

    /** The key: correct options (learner's order), true/false, accepted answers per blank, reference answer. */
    public record Key(List<Integer> correct, Boolean truth, List<List<String>> blanks, String reference) {

        static Key of(AnswerKey k) {
            return k == null ? null : new Key(k.correct(), k.truth(), k.blanks(), k.reference());
        }
    }

    public static AttemptDto of(AttemptView v) {
        return new AttemptDto(v.id(), v.examId(), v.examTitle(), v.attemptNo(), v.status().name(), text(v.startedAt()),
                text(v.deadlineAt()), text(v.submittedAt()), text(v.now()), v.score(), v.maxScore(),
                v.switchAwayCount(), v.questions().stream().map(Question::of).toList(),
                v.answers().stream().map(SavedAnswer::of).toList(),
                v.results().stream().map(r -> new Result(r.questionId(), r.score(), r.correct(), r.pending(),
                        r.comment(), Key.of(r.key()), r.analysis(), r.notAutoGraded())).toList(),
                v.gradedMaxScore());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
