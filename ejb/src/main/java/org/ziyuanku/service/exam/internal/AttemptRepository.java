package org.ziyuanku.service.exam.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.exam.ExamAttemptStatus;
import org.ziyuanku.service.exam.ExamResultView;

/**
 * Exam attempts (table exam_attempt), in native SQL: every change of state is one conditional row update, so that two
 * requests or two nodes doing the same step change the row once.
 */
@ApplicationScoped
public class AttemptRepository {

    private static final String SELECT = "select id, exam_id, learner_id, attempt_no, snapshot, option_orders, status,"
            + " started_at, deadline_at, submitted_at, submitted_how, score, max_score, switch_away_count, answer_keys"
            + " from exam_attempt";

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    /** An attempt row. */
    public record AttemptRow(long id, long examId, long learnerId, int attemptNo, String snapshot, String orders,
            ExamAttemptStatus status, LocalDateTime startedAt, LocalDateTime deadlineAt, LocalDateTime submittedAt,
            String submittedHow, BigDecimal score, BigDecimal maxScore, int switchAwayCount, String answerKeys) {
    }

    /** Stores a PREPARED attempt unless the learner already has an open one (or this number): whether it did. */
    public boolean prepare(long examId, long learnerId, int attemptNo, AttemptPapers.Prepared paper,
            LocalDateTime now) {
        return em.createNativeQuery("insert into exam_attempt (id, exam_id, learner_id, attempt_no, snapshot,"
                + " option_orders, status, prepared_at, max_score, switch_away_count, version, answer_keys)"
                + " values (nextval('exam_attempt_seq'), ?1, ?2, ?3, ?4, ?5, 'PREPARED', ?6, ?7, 0, 0, ?8)"
                + " on conflict do nothing").setParameter(1, examId).setParameter(2, learnerId)
                .setParameter(3, attemptNo).setParameter(4, paper.snapshot()).setParameter(5, paper.orders())
                .setParameter(6, Timestamp.valueOf(now)).setParameter(7, paper.maxScore())
                .setParameter(8, paper.keys()).executeUpdate() == 1;
    }

    /** The learners of the exam who already have an attempt of any state. */
    public List<Long> learnersWithAttempts(long examId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select distinct learner_id from exam_attempt where exam_id = ?1")
                .setParameter(1, examId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    public Optional<AttemptRow> find(long id) {
        return first(SELECT + " where id = ?1", id, 0L);
    }

    /** The learner's PREPARED or IN_PROGRESS attempt at the exam. */
    public Optional<AttemptRow> open(long examId, long learnerId) {
        return first(SELECT + " where exam_id = ?1 and learner_id = ?2 and status in ('PREPARED', 'IN_PROGRESS')",
                examId, learnerId);
    }

    /** The learner's attempt at the exam with the highest number (of any state). */
    public Optional<AttemptRow> latest(long examId, long learnerId) {
        return first(SELECT + " where exam_id = ?1 and learner_id = ?2 order by attempt_no desc", examId, learnerId);
    }

    /** The highest attempt number the learner has at the exam (0: none). */
    public int lastAttemptNo(long examId, long learnerId) {
        return ((Number) em.createNativeQuery("select coalesce(max(attempt_no), 0) from exam_attempt"
                + " where exam_id = ?1 and learner_id = ?2").setParameter(1, examId).setParameter(2, learnerId)
                .getSingleResult()).intValue();
    }

    /** PREPARED → IN_PROGRESS with the server's times; whether this call did it. */
    public boolean start(long id, LocalDateTime now, LocalDateTime deadline) {
        return em.createNativeQuery("update exam_attempt set status = 'IN_PROGRESS', started_at = ?2,"
                + " deadline_at = ?3, version = version + 1 where id = ?1 and status = 'PREPARED'")
                .setParameter(1, id).setParameter(2, Timestamp.valueOf(now)).setParameter(3, Timestamp.valueOf(deadline))
                .executeUpdate() == 1;
    }

    /** One more switch away from the page of an IN_PROGRESS attempt; whether it was in progress. */
    public boolean switchAway(long id) {
        return em.createNativeQuery("update exam_attempt set switch_away_count = switch_away_count + 1"
                + " where id = ?1 and status = 'IN_PROGRESS'").setParameter(1, id).executeUpdate() == 1;
    }

    /** IN_PROGRESS → SUBMITTED by the learner; whether this call did it. */
    public boolean submit(long id, LocalDateTime now) {
        return em.createNativeQuery("update exam_attempt set status = 'SUBMITTED', submitted_at = ?2,"
                + " submitted_how = 'LEARNER', version = version + 1 where id = ?1 and status = 'IN_PROGRESS'")
                .setParameter(1, id).setParameter(2, Timestamp.valueOf(now)).executeUpdate() == 1;
    }

    /** Ends the exam's IN_PROGRESS attempts now (their deadline moved to {@code now}); answers how many. */
    public int endAttempts(long examId, LocalDateTime now) {
        return em.createNativeQuery("update exam_attempt set deadline_at = ?2, version = version + 1"
                + " where exam_id = ?1 and status = 'IN_PROGRESS' and deadline_at > ?2").setParameter(1, examId)
                .setParameter(2, Timestamp.valueOf(now)).executeUpdate();
    }

    /**
     * Submits (AUTO, at their deadline) up to {@code max} IN_PROGRESS attempts whose deadline is before the cutoff,
     * of one exam or (null) of all; rows another node is submitting right now are skipped. Answers the ids this call
     * submitted.
     */
    public List<Long> submitOverdue(Long examId, LocalDateTime cutoff, int max) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from exam_attempt where status = 'IN_PROGRESS'"
                + " and deadline_at < ?1 and (?3 = 0 or exam_id = ?3) order by deadline_at limit ?2"
                + " for update skip locked").setParameter(1, Timestamp.valueOf(cutoff)).setParameter(2, max)
                .setParameter(3, examId == null ? 0L : examId).getResultList();
        return ids.stream().map(Number::longValue).filter(id -> em.createNativeQuery("update exam_attempt"
                + " set status = 'SUBMITTED', submitted_at = deadline_at, submitted_how = 'AUTO',"
                + " version = version + 1 where id = ?1 and status = 'IN_PROGRESS'").setParameter(1, id)
                .executeUpdate() == 1).toList();
    }

    /** The attempt's score is the sum of its answers' scores; GRADED when none waits for a person. */
    public void settle(long id) {
        em.createNativeQuery("update exam_attempt set score = (select coalesce(sum(score), 0) from exam_answer"
                + " where attempt_id = ?1), status = case when exists (select 1 from exam_answer where attempt_id = ?1"
                + " and grader = 'PENDING') then 'SUBMITTED' else 'GRADED' end, version = version + 1"
                + " where id = ?1 and status in ('SUBMITTED', 'GRADED')").setParameter(1, id).executeUpdate();
    }

    /** The exam's started attempts with the learners' names, by learner and attempt number. */
    public List<ExamResultView> results(long examId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select a.id, a.learner_id, u.display_name, a.attempt_no, a.status,"
                + " a.started_at, a.submitted_at, a.submitted_how, a.score, a.max_score, a.switch_away_count"
                + " from exam_attempt a join user_account u on u.id = a.learner_id where a.exam_id = ?1"
                + " and a.status <> 'PREPARED' order by u.display_name, a.learner_id, a.attempt_no", Tuple.class)
                .setParameter(1, examId).getResultList();
        return rows.stream().map(t -> new ExamResultView(ExamRepository.num(t.get(0)), ExamRepository.num(t.get(1)),
                (String) t.get(2), ((Number) t.get(3)).intValue(), ExamAttemptStatus.valueOf((String) t.get(4)),
                ExamRepository.time(t.get(5)), ExamRepository.time(t.get(6)), (String) t.get(7),
                (BigDecimal) t.get(8), (BigDecimal) t.get(9), ((Number) t.get(10)).intValue())).toList();
    }

    private Optional<AttemptRow> first(String sql, long first, long second) {
        var query = em.createNativeQuery(sql, Tuple.class).setParameter(1, first);
        if (sql.contains("?2")) {
            query.setParameter(2, second);
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows.stream().findFirst().map(AttemptRepository::row);
    }

    private static AttemptRow row(Tuple t) {
        return new AttemptRow(ExamRepository.num(t.get(0)), ExamRepository.num(t.get(1)),
                ExamRepository.num(t.get(2)), ((Number) t.get(3)).intValue(), (String) t.get(4), (String) t.get(5),
                ExamAttemptStatus.valueOf((String) t.get(6)), ExamRepository.time(t.get(7)),
                ExamRepository.time(t.get(8)), ExamRepository.time(t.get(9)), (String) t.get(10),
                (BigDecimal) t.get(11), (BigDecimal) t.get(12), ((Number) t.get(13)).intValue(), (String) t.get(14));
    }

    /**
     * Whether an exam uses the question: answered in an attempt, or on a learner's paper drawn and not yet submitted
     * (the snapshot's top-level question ids). Such a question cannot be deleted.
     */
    public boolean usesQuestion(long questionId) {
        return !em.createNativeQuery("select 1 from exam_answer where question_id = ?1 union all select 1 from"
                + " exam_attempt a where a.status in ('PREPARED', 'IN_PROGRESS') and exists (select 1 from"
                + " jsonb_array_elements(cast(a.snapshot as jsonb)) q where cast(q ->> 'id' as bigint) = ?1)")
                .setParameter(1, questionId).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * Whether the learner's paper of an exam they have started shows the image (its address in the snapshot), so the
     * image may be served to them; a paper still PREPARED does not count (the questions stay hidden until the start).
     */
    public boolean showsImageTo(long learnerId, String sha256) {
        return !em.createNativeQuery("select 1 from exam_attempt where learner_id = ?1 and status <> 'PREPARED' and"
                + " strpos(snapshot, ?2) > 0").setParameter(1, learnerId).setParameter(2, sha256).setMaxResults(1)
                .getResultList().isEmpty();
    }
}
