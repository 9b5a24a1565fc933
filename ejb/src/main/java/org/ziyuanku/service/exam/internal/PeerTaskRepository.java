package org.ziyuanku.service.exam.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ziyuanku.service.system.NativeRows;

/**
 * Peer-grading tasks of exams (table exam_peer_task): one per (subjective answer, reviewer), handed out after the
 * exam closes; the reviewer's score and comment stay revisable until the answer has a teacher's grade.
 */
@ApplicationScoped
public class PeerTaskRepository {

    private static final String SELECT = "select p.id, p.exam_id, p.attempt_id, p.question_id, p.reviewer_id, p.score,"
            + " p.comment, a.answer, a.grader as answer_grader from exam_peer_task p join exam_answer a"
            + " on a.attempt_id = p.attempt_id and a.question_id = p.question_id";

    /**
     * Submitted attempts of handed-out exams without a reviewer though an answer waits for a person, not found short
     * of reviewers, each its learner's latest submitted one (the attempt a hand-out takes).
     */
    private static final String UNREVIEWED = " from exam_attempt a join exam e on e.id = a.exam_id"
            + " where e.kind = 'EXAM' and e.peer_reviewers > 0 and a.status = 'SUBMITTED' and a.peer_short_at is null"
            + " and exists (select 1 from exam_peer_task t where t.exam_id = a.exam_id)"
            + " and not exists (select 1 from exam_peer_task p where p.attempt_id = a.id)"
            + " and exists (select 1 from exam_answer w where w.attempt_id = a.id and w.grader = 'PENDING')"
            + " and not exists (select 1 from exam_attempt b where b.exam_id = a.exam_id"
            + " and b.learner_id = a.learner_id and b.attempt_no > a.attempt_no"
            + " and b.status in ('SUBMITTED', 'GRADED'))";

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    /** A task with the answer it grades and the answer's grader (PENDING, PEER or TEACHER). */
    public record TaskRow(long id, long examId, long attemptId, long questionId, long reviewerId, BigDecimal score,
            String comment, String answer, String answerGrader) {

        /** Whether the reviewer may still score or revise: until a teacher grades the answer (PENDING or PEER). */
        public boolean revisable() {
            return AnswerRepository.PENDING.equals(answerGrader) || AnswerRepository.PEER.equals(answerGrader);
        }
    }

    /** An author's latest submitted (or graded) attempt at the exam. */
    public record Submitted(long attemptId, long learnerId) {
    }

    /** Each learner's latest SUBMITTED or GRADED attempt at the exam, by learner. */
    public List<Submitted> submitted(long examId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select distinct on (learner_id) id, learner_id from exam_attempt"
                + " where exam_id = ?1 and status in ('SUBMITTED', 'GRADED') order by learner_id, attempt_no desc",
                Tuple.class).setParameter(1, examId).getResultList();
        return rows.stream().map(t -> new Submitted(NativeRows.number(t.get("id")),
                NativeRows.number(t.get("learner_id")))).toList();
    }

    /** Locks the exam's row until the transaction ends: one hand-out of it at a time, on every node. */
    public void lockExam(long examId) {
        em.createNativeQuery("select id from exam where id = ?1 for update").setParameter(1, examId).getResultList();
    }

    /**
     * Exams (not self-tests) with peer grading, published, whose window ended before the cutoff and whose automatic
     * hand-out was not claimed yet, oldest first.
     */
    public List<Long> dueForHandOut(LocalDateTime cutoff, int max) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from exam where kind = 'EXAM' and peer_reviewers > 0"
                + " and status <> 'DRAFT' and peer_auto_at is null and closes_at < ?1 order by closes_at limit ?2")
                .setParameter(1, Timestamp.valueOf(cutoff)).setParameter(2, max).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Claims the automatic hand-out of the exam; whether this call did (once, whichever node comes first). */
    public boolean claimAutomatic(long examId, LocalDateTime now) {
        return em.createNativeQuery("update exam set peer_auto_at = ?2 where id = ?1 and peer_auto_at is null")
                .setParameter(1, examId).setParameter(2, Timestamp.valueOf(now)).executeUpdate() == 1;
    }

    /** Handed-out exams with an attempt waiting for reviewers (see {@link #unreviewed}), oldest first. */
    public List<Long> awaitingReviewers(int max) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select distinct a.exam_id" + UNREVIEWED
                + " order by a.exam_id limit ?1").setParameter(1, max).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /**
     * The exam's submitted attempts without a reviewer though an answer of theirs waits for a person (a submit that
     * raced the hand-out, a late one), each the learner's latest submitted one, not found short of reviewers before.
     */
    public List<Submitted> unreviewed(long examId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select a.id as id, a.learner_id as learner_id" + UNREVIEWED
                + " and a.exam_id = ?1 order by a.id", Tuple.class).setParameter(1, examId).getResultList();
        return rows.stream().map(t -> new Submitted(NativeRows.number(t.get("id")),
                NativeRows.number(t.get("learner_id")))).toList();
    }

    /** Marks the attempt short of reviewers (the teacher grades it); whether this call did (once). */
    public boolean markShort(long attemptId, LocalDateTime now) {
        return em.createNativeQuery("update exam_attempt set peer_short_at = ?2 where id = ?1"
                + " and peer_short_at is null").setParameter(1, attemptId).setParameter(2, Timestamp.valueOf(now))
                .executeUpdate() == 1;
    }

    /** Whether the exam's peer grading was handed out. */
    public boolean handedOut(long examId) {
        return !em.createNativeQuery("select 1 from exam_peer_task where exam_id = ?1").setParameter(1, examId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** The exam's reviewers with how many tasks each has, by reviewer id (the pool late submitters draw from). */
    public Map<Long, Integer> load(long examId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select reviewer_id, count(*) as tasks from exam_peer_task"
                + " where exam_id = ?1 group by reviewer_id order by reviewer_id", Tuple.class).setParameter(1, examId)
                .getResultList();
        Map<Long, Integer> load = new LinkedHashMap<>();
        rows.forEach(t -> load.put(NativeRows.number(t.get("reviewer_id")),
                (int) NativeRows.number(t.get("tasks"))));
        return load;
    }

    /** Whether any answer of the attempt was handed out to a reviewer. */
    public boolean handedOutAttempt(long attemptId) {
        return !em.createNativeQuery("select 1 from exam_peer_task where attempt_id = ?1").setParameter(1, attemptId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public void add(long examId, long attemptId, long questionId, long reviewerId) {
        em.createNativeQuery("insert into exam_peer_task (id, exam_id, attempt_id, question_id, reviewer_id) values"
                + " (nextval('exam_peer_task_seq'), ?1, ?2, ?3, ?4)").setParameter(1, examId)
                .setParameter(2, attemptId).setParameter(3, questionId).setParameter(4, reviewerId).executeUpdate();
    }

    /** The reviewer's tasks at the exam, question by question. */
    public List<TaskRow> ofReviewer(long examId, long reviewerId) {
        return rows(SELECT + " where p.exam_id = ?1 and p.reviewer_id = ?2 order by p.question_id, p.id", examId,
                reviewerId);
    }

    public Optional<TaskRow> find(long id) {
        return rows(SELECT + " where p.id = ?1 and ?2 = ?2", id, 0L).stream().findFirst();
    }

    /** The tasks of one answer, by id. */
    public List<TaskRow> ofAnswer(long attemptId, long questionId) {
        return rows(SELECT + " where p.attempt_id = ?1 and p.question_id = ?2 order by p.id", attemptId, questionId);
    }

    /** The exam's tasks (for its teachers' grading queue). */
    public List<TaskRow> ofExam(long examId) {
        return rows(SELECT + " where p.exam_id = ?1 and ?2 = ?2 order by p.id", examId, 0L);
    }

    /** The reviewer's score and comment of the task. */
    public void grade(long id, BigDecimal score, String comment, LocalDateTime now) {
        em.createNativeQuery("update exam_peer_task set score = ?2, comment = ?3, graded_at = ?4 where id = ?1")
                .setParameter(1, id).setParameter(2, score).setParameter(3, comment)
                .setParameter(4, Timestamp.valueOf(now)).executeUpdate();
    }

    private List<TaskRow> rows(String sql, long first, long second) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(sql, Tuple.class).setParameter(1, first).setParameter(2, second)
                .getResultList();
        return rows.stream().map(t -> new TaskRow(NativeRows.number(t.get("id")),
                NativeRows.number(t.get("exam_id")), NativeRows.number(t.get("attempt_id")),
                NativeRows.number(t.get("question_id")), NativeRows.number(t.get("reviewer_id")),
                (BigDecimal) t.get("score"), (String) t.get("comment"), (String) t.get("answer"),
                (String) t.get("answer_grader"))).toList();
    }
}
