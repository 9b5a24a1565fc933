package org.ziyuanku.service.exam.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.ziyuanku.domain.exam.ExamAttemptStatus;
import org.ziyuanku.domain.exam.QuestionType;
import org.ziyuanku.service.system.NativeRows;

/**
 * The reads behind an exam's statistics and Excel export, in native SQL, each one grouped query over the exam's
 * attempts (no query per learner): each learner's best attempt, per question the counts and score sums (each
 * attempt's snapshot expanded once), and the options picked in choice questions (the learner's shown indexes mapped
 * back to the stored ones through the attempt's option_orders).
 */
@ApplicationScoped
public class ExamResultsRepository {

    private static final String DONE = "('SUBMITTED', 'GRADED')";

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    /** A learner's best attempt (graded before submitted before in progress before prepared, then the higher score). */
    public record LearnerRow(long learnerId, String name, String username, String className,
            ExamAttemptStatus status, BigDecimal score, BigDecimal maxScore, LocalDateTime submittedAt,
            int switchAwayCount) {
    }

    /** One question over the submitted attempts: papers holding it, answers, graded answers' score and points sums. */
    public record QuestionRow(long questionId, QuestionType type, int papers, int answered, int graded,
            BigDecimal scores, BigDecimal points, int options) {
    }

    /** How often the option (stored index) of a choice question was picked. */
    public record OptionRow(long questionId, int option, int count) {
    }

    /** One question of a learner's best graded attempt: the attempt's total, the question's points and score. */
    public record ItemScoreRow(long learnerId, BigDecimal total, long questionId, BigDecimal points,
            BigDecimal score) {
    }

    /** Each learner with an attempt at the exam, by name. */
    public List<LearnerRow> learners(long examId) {
        List<Tuple> rows = rows("select * from (select distinct on (t.learner_id) t.learner_id,"
                + " u.display_name, u.username, c.name as class_name, t.status, t.score, t.max_score,"
                + " t.submitted_at, t.switch_away_count from exam_attempt t join exam e on e.id = t.exam_id"
                + " join user_account u on u.id = t.learner_id left join enrolment n on n.offering_id = e.offering_id"
                + " and n.learner_id = t.learner_id and n.status = 'ACTIVE' left join course_class c on c.id = n.class_id"
                + " where t.exam_id = ?1 order by t.learner_id, case t.status when 'GRADED' then 0 when 'SUBMITTED'"
                + " then 1 when 'IN_PROGRESS' then 2 else 3 end, t.score desc nulls last, t.attempt_no desc) b"
                + " order by b.display_name, b.learner_id", examId);
        return rows.stream().map(t -> new LearnerRow(NativeRows.number(t.get("learner_id")),
                (String) t.get("display_name"), (String) t.get("username"), (String) t.get("class_name"),
                ExamAttemptStatus.valueOf((String) t.get("status")), (BigDecimal) t.get("score"),
                (BigDecimal) t.get("max_score"), NativeRows.time(t.get("submitted_at")),
                ((Number) t.get("switch_away_count")).intValue())).toList();
    }

    /** The answer keys frozen when one of the exam's papers was drawn (SnapshotKeys' JSON), or null (before V49). */
    public String frozenKeys(long examId) {
        List<?> rows = em.createNativeQuery("select answer_keys from exam_attempt where exam_id = ?1"
                + " and answer_keys is not null order by id limit 1").setParameter(1, examId).getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    /** Per question of the submitted attempts' papers, by question id. */
    public List<QuestionRow> questions(long examId) {
        List<Tuple> rows = rows("with s as (select t.id as attempt_id, cast(q ->> 'id' as bigint)"
                + " as question_id, cast(q ->> 'points' as numeric) as points, jsonb_array_length(q -> 'options')"
                + " as options from exam_attempt t cross join lateral jsonb_array_elements(cast(t.snapshot as jsonb))"
                + " q where t.exam_id = ?1 and t.status in " + DONE + ")"
                + " select s.question_id, max(k.type) as question_type, count(*) as papers,"
                + " count(a.answer) as answered, count(a.score) as graded, coalesce(sum(a.score), 0) as score_sum,"
                + " coalesce(sum(case when a.score is not null then s.points end), 0) as points_sum,"
                + " max(s.options) as option_count from s join question k on k.id = s.question_id"
                + " left join exam_answer a on a.attempt_id = s.attempt_id and a.question_id = s.question_id"
                + " group by s.question_id order by s.question_id", examId);
        return rows.stream().map(t -> new QuestionRow(NativeRows.number(t.get("question_id")),
                QuestionType.valueOf((String) t.get("question_type")), ((Number) t.get("papers")).intValue(),
                ((Number) t.get("answered")).intValue(), ((Number) t.get("graded")).intValue(),
                decimal(t.get("score_sum")), decimal(t.get("points_sum")),
                t.get("option_count") == null ? 0 : ((Number) t.get("option_count")).intValue())).toList();
    }

    /** The options picked in the submitted attempts' single and multiple choice questions. */
    public List<OptionRow> options(long examId) {
        List<Tuple> rows = rows("select o.question_id, o.option, count(*) as picks"
                + " from (select a.question_id, coalesce(cast(cast(t.option_orders as jsonb)"
                + " -> cast(a.question_id as text) ->> cast(c.value as integer) as integer), cast(c.value as integer))"
                + " as option from exam_answer a"
                + " join exam_attempt t on t.id = a.attempt_id join question k on k.id = a.question_id"
                + " cross join lateral jsonb_array_elements_text(cast(a.answer as jsonb) -> 'choices') c"
                + " where t.exam_id = ?1 and t.status in " + DONE + " and a.answer is not null"
                + " and k.type in ('SINGLE_CHOICE', 'MULTIPLE_CHOICE') and length(c.value) < 4 and c.value ~ '^[0-9]+$') o"
                + " group by o.question_id, o.option order by o.question_id, o.option", examId);
        return rows.stream().map(t -> new OptionRow(NativeRows.number(t.get("question_id")),
                ((Number) t.get("option")).intValue(), ((Number) t.get("picks")).intValue())).toList();
    }

    /**
     * Per question of each learner's best graded attempt (the one {@link #learners} shows): the attempt's score, the
     * question's points in the paper and the learner's score on it (0 when unanswered), by learner.
     */
    public List<ItemScoreRow> itemScores(long examId) {
        List<Tuple> rows = rows("with b as (select distinct on (t.learner_id) t.id, t.learner_id,"
                + " t.score, t.snapshot from exam_attempt t where t.exam_id = ?1 and t.status = 'GRADED'"
                + " and t.score is not null order by t.learner_id, t.score desc, t.attempt_no desc)"
                + " select b.learner_id, b.score as total, cast(q ->> 'id' as bigint) as question_id,"
                + " cast(q ->> 'points' as numeric) as points, coalesce(a.score, 0) as item_score"
                + " from b cross join lateral jsonb_array_elements(cast(b.snapshot as jsonb)) q"
                + " left join exam_answer a on a.attempt_id = b.id and a.question_id = cast(q ->> 'id' as bigint)"
                + " order by b.learner_id", examId);
        return rows.stream().map(t -> new ItemScoreRow(NativeRows.number(t.get("learner_id")),
                decimal(t.get("total")), NativeRows.number(t.get("question_id")), decimal(t.get("points")),
                decimal(t.get("item_score")))).toList();
    }

    /** The rows of a native query over one exam, bound as ?1. */
    private List<Tuple> rows(String sql, long examId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(sql, Tuple.class).setParameter(1, examId).getResultList();
        return rows;
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
