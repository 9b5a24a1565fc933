package org.ziyuanku.service.exam.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.service.exam.GradingItemView;
import org.ziyuanku.service.system.NativeRows;

/**
 * Answers of exam attempts (table exam_answer). A save is one idempotent upsert keyed by (attempt, question) that
 * only replaces an answer saved with a lower client sequence number, so a repeated or out-of-order save never
 * overwrites a newer answer (PostgreSQL {@code insert … on conflict … do update … where}; Oracle would use MERGE).
 */
@ApplicationScoped
public class AnswerRepository {

    /** grader of an answer a person still has to grade. */
    public static final String PENDING = "PENDING";
    /** grader of a self-test's answer no machine grades (a short answer): no score, the learner checks it. */
    public static final String SELF_CHECK = "SELF_CHECK";
    /** grader of an answer scored by its peer reviewers (the mean of their scores); a teacher's grade overrides it. */
    public static final String PEER = "PEER";

    private static final String COLUMNS = "question_id, answer, client_seq, saved_at, score, grader, comment";

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    /** An answer row. */
    public record AnswerRow(long questionId, String answer, long seq, LocalDateTime savedAt, BigDecimal score,
            String grader, String comment) {
    }

    /**
     * Saves the answer when the attempt is IN_PROGRESS and its deadline is after {@code cutoff}, unless a save with
     * the same or a higher sequence number is stored; answers the row it stored (the upsert returns it: one statement),
     * or empty when it stored nothing (then {@link #one} reads the newer row, in a statement of its own so that it
     * also sees a row a concurrent save committed meanwhile). Oracle would use MERGE and read the row back.
     */
    public Optional<AnswerRow> save(long attemptId, long questionId, String answer, long seq, LocalDateTime now,
            LocalDateTime cutoff) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("with stored as (insert into exam_answer (attempt_id, question_id,"
                + " answer, client_seq, saved_at) select cast(?1 as bigint), cast(?2 as bigint), cast(?3 as text),"
                + " cast(?4 as bigint), cast(?5 as timestamp) where exists (select 1 from exam_attempt where id = ?1"
                + " and status = 'IN_PROGRESS' and deadline_at > ?6)"
                + " on conflict (attempt_id, question_id) do update set answer = excluded.answer,"
                + " client_seq = excluded.client_seq, saved_at = excluded.saved_at"
                + " where exam_answer.client_seq < excluded.client_seq returning " + COLUMNS + ") select " + COLUMNS
                + " from stored", Tuple.class)
                .setParameter(1, attemptId).setParameter(2, questionId).setParameter(3, answer).setParameter(4, seq)
                .setParameter(5, Timestamp.valueOf(now)).setParameter(6, Timestamp.valueOf(cutoff)).getResultList();
        return rows.stream().findFirst().map(AnswerRepository::row);
    }

    /** The attempt's answers, by question. */
    public List<AnswerRow> ofAttempt(long attemptId) {
        return rows("attempt_id = ?1", attemptId, null);
    }

    /** One question's answer of the attempt (the save path reads only the row it wrote). */
    public Optional<AnswerRow> one(long attemptId, long questionId) {
        return rows("attempt_id = ?1 and question_id = ?2", attemptId, questionId).stream().findFirst();
    }

    private List<AnswerRow> rows(String where, long attemptId, Long questionId) {
        Query query = em.createNativeQuery("select " + COLUMNS + " from exam_answer where " + where
                + " order by question_id", Tuple.class)
                .setParameter(1, attemptId);
        if (questionId != null) {
            query.setParameter(2, questionId);
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(AnswerRepository::row).toList();
    }

    private static AnswerRow row(Tuple t) {
        return new AnswerRow(NativeRows.number(t.get("question_id")), (String) t.get("answer"),
                NativeRows.number(t.get("client_seq")), NativeRows.time(t.get("saved_at")),
                (BigDecimal) t.get("score"), (String) t.get("grader"), (String) t.get("comment"));
    }

    /** The automatic grade (or PENDING with no score) of a question of a submitted attempt, answered or not. */
    public void grade(long attemptId, long questionId, BigDecimal score, String grader, LocalDateTime now) {
        em.createNativeQuery("insert into exam_answer (attempt_id, question_id, answer, client_seq, saved_at, score,"
                + " grader) values (?1, ?2, null, 0, ?3, ?4, ?5) on conflict (attempt_id, question_id) do update"
                + " set score = excluded.score, grader = excluded.grader").setParameter(1, attemptId)
                .setParameter(2, questionId).setParameter(3, Timestamp.valueOf(now))
                .setParameter(4, score == null ? BigDecimal.ZERO : score).setParameter(5, grader).executeUpdate();
        if (score == null) {
            em.createNativeQuery("update exam_answer set score = null where attempt_id = ?1 and question_id = ?2")
                    .setParameter(1, attemptId).setParameter(2, questionId).executeUpdate();
        }
    }

    /**
     * A teacher's grade of an answer waiting for one, or already graded by a teacher or by peers (the teacher's grade
     * overrides the peers'); whether there was one.
     */
    public boolean gradeByHand(long attemptId, long questionId, BigDecimal score, String comment, long graderId) {
        return em.createNativeQuery("update exam_answer set score = ?3, comment = ?4, grader = 'TEACHER',"
                + " graded_by = ?5 where attempt_id = ?1 and question_id = ?2 and grader in ('PENDING', 'PEER', 'TEACHER')")
                .setParameter(1, attemptId).setParameter(2, questionId).setParameter(3, score)
                .setParameter(4, comment == null ? "" : comment).setParameter(5, graderId).executeUpdate() == 1;
    }

    /**
     * The peers' grade of an answer (the mean of their scores, their comments) unless a teacher graded it; whether it
     * was set.
     */
    public boolean gradeByPeers(long attemptId, long questionId, BigDecimal score, String comment) {
        return em.createNativeQuery("update exam_answer set score = ?3, comment = ?4, grader = 'PEER', graded_by = null"
                + " where attempt_id = ?1 and question_id = ?2 and grader in ('PENDING', 'PEER')")
                .setParameter(1, attemptId).setParameter(2, questionId).setParameter(3, score)
                .setParameter(4, comment).executeUpdate() == 1;
    }

    /**
     * The exam's answers waiting for a person, or graded by peers (a teacher may override them), question by
     * question, then by learner.
     */
    public List<PendingRow> pending(long examId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select a.attempt_id, t.learner_id, a.question_id, a.answer,"
                + " a.grader, a.score from exam_answer a join exam_attempt t on t.id = a.attempt_id where t.exam_id = ?1"
                + " and a.grader in ('PENDING', 'PEER') order by a.question_id, t.learner_id, t.attempt_no", Tuple.class)
                .setParameter(1, examId).getResultList();
        return rows.stream().map(t -> new PendingRow(NativeRows.number(t.get("attempt_id")),
                NativeRows.number(t.get("learner_id")), NativeRows.number(t.get("question_id")),
                (String) t.get("answer"), (String) t.get("grader"), (BigDecimal) t.get("score"))).toList();
    }

    /**
     * An answer waiting for a person (grader PENDING) or graded by peers (PEER, {@code score}: the peers' mean).
     */
    public record PendingRow(long attemptId, long learnerId, long questionId, String answer, String grader,
            BigDecimal score) {

        /** Whether the answer still waits for a person (no teacher's grade, no peers' mean). */
        public boolean waiting() {
            return GradingItemView.waitsForAPerson(grader);
        }
    }
}
