package org.ziyuanku.service.exam.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ziyuanku.domain.exam.ExamAttemptStatus;
import org.ziyuanku.service.exam.ExamResultView;
import org.ziyuanku.service.exam.LearnerExamView.LatestAttempt;
import org.ziyuanku.service.system.NativeRows;

/**
 * Exam attempts (table exam_attempt), in native SQL: every change of state is one conditional row update, so that two
 * requests or two nodes doing the same step change the row once.
 */
@ApplicationScoped
public class AttemptRepository {

    private static final String COLUMNS = "id, exam_id, learner_id, attempt_no, snapshot, option_orders, status,"
            + " started_at, deadline_at, submitted_at, submitted_how, score, max_score, switch_away_count, answer_keys";
    private static final String SELECT = "select " + COLUMNS + " from exam_attempt";
    /** What a save, a submit and a start look at first: no snapshot, option orders nor keys (the large columns). */
    private static final String STATE = "select id, exam_id, learner_id, status, deadline_at,"
            + " cast(?2 as bigint) = any(question_ids) as on_paper from exam_attempt";

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    /** An attempt row. */
    public record AttemptRow(long id, long examId, long learnerId, int attemptNo, String snapshot, String orders,
            ExamAttemptStatus status, LocalDateTime startedAt, LocalDateTime deadlineAt, LocalDateTime submittedAt,
            String submittedHow, BigDecimal score, BigDecimal maxScore, int switchAwayCount, String answerKeys) {
    }

    /**
     * The small columns of an attempt row, and whether a question is among its paper's top-level ones (null: the ids
     * were not stored, an attempt drawn by a node of the release before V52: the caller asks the snapshot).
     */
    public record AttemptState(long id, long examId, long learnerId, ExamAttemptStatus status,
            LocalDateTime deadlineAt, Boolean onPaper) {
    }

    /** Stores a PREPARED attempt unless the learner already has an open one (or this number): whether it did. */
    public boolean prepare(long examId, long learnerId, int attemptNo, AttemptPapers.Prepared paper,
            LocalDateTime now) {
        return em.createNativeQuery("insert into exam_attempt (id, exam_id, learner_id, attempt_no, snapshot,"
                + " option_orders, status, prepared_at, max_score, switch_away_count, version, answer_keys,"
                + " question_ids) values (nextval('exam_attempt_seq'), ?1, ?2, ?3, ?4, ?5, 'PREPARED', ?6, ?7, 0, 0,"
                + " ?8, cast(?9 as bigint[])) on conflict do nothing").setParameter(1, examId)
                .setParameter(2, learnerId).setParameter(3, attemptNo).setParameter(4, paper.snapshot())
                .setParameter(5, paper.orders()).setParameter(6, Timestamp.valueOf(now))
                .setParameter(7, paper.maxScore()).setParameter(8, paper.keys())
                .setParameter(9, paper.questionIds().stream().map(String::valueOf)
                        .collect(Collectors.joining(",", "{", "}"))).executeUpdate() == 1;
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

    /**
     * The attempt's small columns, and whether the question is on its paper (pass 0 when that does not matter): one
     * index read that leaves the snapshot in the database.
     */
    public Optional<AttemptState> state(long id, long questionId) {
        return states(STATE + " where id = ?1", id, questionId);
    }

    /** The small columns of the learner's PREPARED or IN_PROGRESS attempt at the exam. */
    public Optional<AttemptState> openState(long examId, long learnerId) {
        return states(STATE + " where exam_id = ?1 and learner_id = ?3 and status in ('PREPARED', 'IN_PROGRESS')",
                examId, 0L, learnerId);
    }

    private Optional<AttemptState> states(String sql, long first, long questionId, long... learner) {
        var query = em.createNativeQuery(sql, Tuple.class).setParameter(1, first).setParameter(2, questionId);
        if (learner.length > 0) {
            query.setParameter(3, learner[0]);
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows.stream().findFirst().map(t -> new AttemptState(NativeRows.number(t.get("id")),
                NativeRows.number(t.get("exam_id")), NativeRows.number(t.get("learner_id")),
                ExamAttemptStatus.valueOf((String) t.get("status")), NativeRows.time(t.get("deadline_at")),
                (Boolean) t.get("on_paper")));
    }

    /** The learner's PREPARED or IN_PROGRESS attempt at the exam. */
    public Optional<AttemptRow> open(long examId, long learnerId) {
        return first(SELECT + " where exam_id = ?1 and learner_id = ?2 and status in ('PREPARED', 'IN_PROGRESS')",
                examId, learnerId);
    }

    /**
     * The learner's attempt with the highest number (of any state) at each exam of the offering where they have one,
     * by exam id: one read for the learner's list of exams, the snapshot left in the database.
     */
    public Map<Long, LatestAttempt> latestInOffering(long offeringId, long learnerId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select a.id, a.exam_id, a.attempt_no, a.status, a.score, a.max_score"
                + " from exam_attempt a join exam e on e.id = a.exam_id where e.offering_id = ?1 and a.learner_id = ?2"
                + " and a.attempt_no = (select max(b.attempt_no) from exam_attempt b where b.exam_id = a.exam_id"
                + " and b.learner_id = a.learner_id)", Tuple.class).setParameter(1, offeringId)
                .setParameter(2, learnerId).getResultList();
        Map<Long, LatestAttempt> latest = new HashMap<>();
        rows.forEach(t -> latest.put(NativeRows.number(t.get("exam_id")),
                LatestAttempt.of(NativeRows.number(t.get("id")), ((Number) t.get("attempt_no")).intValue(),
                        ExamAttemptStatus.valueOf((String) t.get("status")), (BigDecimal) t.get("score"),
                        (BigDecimal) t.get("max_score"))));
        return latest;
    }

    /** The highest attempt number the learner has at the exam (0: none). */
    public int lastAttemptNo(long examId, long learnerId) {
        return ((Number) em.createNativeQuery("select coalesce(max(attempt_no), 0) from exam_attempt"
                + " where exam_id = ?1 and learner_id = ?2").setParameter(1, examId).setParameter(2, learnerId)
                .getSingleResult()).intValue();
    }

    /**
     * PREPARED → IN_PROGRESS with the server's times; the started row when this call did it (one statement: the update
     * returns the row; Oracle would use {@code returning … into} from PL/SQL or read the row again).
     */
    public Optional<AttemptRow> start(long id, LocalDateTime now, LocalDateTime deadline) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("with started as (update exam_attempt set status = 'IN_PROGRESS',"
                + " started_at = ?2, deadline_at = ?3, version = version + 1 where id = ?1 and status = 'PREPARED'"
                + " returning " + COLUMNS + ") select " + COLUMNS + " from started", Tuple.class)
                .setParameter(1, id).setParameter(2, Timestamp.valueOf(now)).setParameter(3, Timestamp.valueOf(deadline))
                .getResultList();
        return rows.stream().findFirst().map(AttemptRepository::row);
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
        return rows.stream().map(t -> new ExamResultView(NativeRows.number(t.get("id")),
                NativeRows.number(t.get("learner_id")), (String) t.get("display_name"),
                ((Number) t.get("attempt_no")).intValue(), ExamAttemptStatus.valueOf((String) t.get("status")),
                NativeRows.time(t.get("started_at")), NativeRows.time(t.get("submitted_at")),
                (String) t.get("submitted_how"), (BigDecimal) t.get("score"), (BigDecimal) t.get("max_score"),
                ((Number) t.get("switch_away_count")).intValue())).toList();
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
        return new AttemptRow(NativeRows.number(t.get("id")), NativeRows.number(t.get("exam_id")),
                NativeRows.number(t.get("learner_id")), ((Number) t.get("attempt_no")).intValue(),
                (String) t.get("snapshot"), (String) t.get("option_orders"),
                ExamAttemptStatus.valueOf((String) t.get("status")), NativeRows.time(t.get("started_at")),
                NativeRows.time(t.get("deadline_at")), NativeRows.time(t.get("submitted_at")),
                (String) t.get("submitted_how"), (BigDecimal) t.get("score"), (BigDecimal) t.get("max_score"),
                ((Number) t.get("switch_away_count")).intValue(), (String) t.get("answer_keys"));
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
