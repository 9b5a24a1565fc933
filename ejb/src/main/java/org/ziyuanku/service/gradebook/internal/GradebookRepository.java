package org.ziyuanku.service.gradebook.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Tuple;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ziyuanku.domain.gradebook.GradeWeights;
import org.ziyuanku.service.gradebook.GradebookRefusedException;

/**
 * The gradebook's reads and writes: the weights (an entity), and per class one grouped query each for homework scores,
 * discussion posts and exam scores of all its ACTIVE learners (never one per learner). Homework and exams count once
 * graded for the learner or once past due / closed (then a missing submission counts 0 of the maximum); group work
 * counts for each member of the group as the group's score + the member's adjustment (within 0 .. max), the group
 * submission being the one credited to the learner at its last (re)submission, else their current group's; an
 * exam counts with the learner's BEST submitted attempt (highest score / maximum); self-tests (exam kind SELF_TEST)
 * do not count.
 */
@ApplicationScoped
public class GradebookRepository {

    private static final String HOMEWORK = "select e.learner_id as learner_id,"
            + " sum(coalesce(least(a.max_points, greatest(0, s.final_score + coalesce(g.points, 0))), 0)) as score,"
            + " sum(a.max_points) as max_points from enrolment e"
            + " join assignment a on a.offering_id = :offering and (a.class_id = e.class_id or a.class_id is null)"
            + " and a.status <> 'DRAFT' left join class_group_member m on a.group_work and m.class_id = e.class_id"
            + " and m.learner_id = e.learner_id left join group_submission_member c on a.group_work"
            + " and c.assignment_id = a.id and c.learner_id = e.learner_id"
            + " left join assignment_submission s on s.assignment_id = a.id and (not a.group_work"
            + " and s.learner_id = e.learner_id or a.group_work and (s.id = c.submission_id"
            + " or c.submission_id is null and s.group_id = m.group_id))"
            + " left join group_adjustment g on g.submission_id = s.id and g.learner_id = e.learner_id"
            + " where e.class_id = :classId and e.status = 'ACTIVE'"
            + " and (s.final_score is not null or a.due_at < localtimestamp) group by e.learner_id";
    private static final String EXAMS = "with best as (select distinct on (x.exam_id, x.learner_id) x.exam_id,"
            + " x.learner_id, x.score, x.max_score from exam_attempt x join exam ex on ex.id = x.exam_id"
            + " where ex.offering_id = :offering and (ex.class_id = :classId or ex.class_id is null)"
            + " and ex.kind = 'EXAM' and x.status in ('SUBMITTED', 'GRADED') and x.score is not null and x.max_score > 0"
            + " order by x.exam_id, x.learner_id, x.score / x.max_score desc, x.submitted_at desc),"
            + " paper as (select paper_id, sum(points) as points from exam_paper_question group by paper_id)"
            + " select e.learner_id as learner_id, sum(coalesce(b.score, 0)) as score,"
            + " sum(coalesce(b.max_score, p.points, 0)) as max_points from enrolment e join exam ex"
            + " on ex.offering_id = :offering and (ex.class_id = e.class_id or ex.class_id is null)"
            + " and ex.status <> 'DRAFT' and ex.kind = 'EXAM' left join best b on b.exam_id = ex.id and b.learner_id = e.learner_id"
            + " left join paper p on p.paper_id = ex.paper_id where e.class_id = :classId and e.status = 'ACTIVE'"
            + " and (b.exam_id is not null or ex.closes_at < localtimestamp) group by e.learner_id";
    private static final String POSTS = "with topics as (select id, author_id from discussion_topic"
            + " where offering_id = :offering and (class_id = :classId or class_id is null) and status = 'VISIBLE'),"
            + " posts as (select author_id from topics union all select r.author_id from discussion_reply r"
            + " join topics t on t.id = r.topic_id where r.status = 'VISIBLE')"
            + " select p.author_id as learner_id, count(*) as posts from posts p join enrolment e"
            + " on e.learner_id = p.author_id and e.class_id = :classId and e.status = 'ACTIVE' group by p.author_id";

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    /** The offering of the class; empty when there is no such class. */
    public Optional<Long> offeringOfClass(long classId) {
        List<?> rows = em.createNativeQuery("select offering_id from course_class where id = :id")
                .setParameter("id", classId).getResultList();
        return rows.stream().findFirst().map(r -> ((Number) r).longValue());
    }

    /** Whether the offering exists. */
    public boolean offeringExists(long offeringId) {
        return !em.createNativeQuery("select 1 from course_offering where id = :id").setParameter("id", offeringId)
                .getResultList().isEmpty();
    }

    /** The offering's weights, if a teacher set them. */
    public Optional<GradeWeights> weights(long offeringId) {
        return Optional.ofNullable(em.find(GradeWeights.class, offeringId));
    }

    /** The offering's weights locked for a change (a new, unsaved row when none are stored). */
    public GradeWeights weightsForUpdate(long offeringId) {
        GradeWeights stored = em.find(GradeWeights.class, offeringId, LockModeType.OPTIMISTIC);
        return stored != null ? stored : new GradeWeights(offeringId);
    }

    /**
     * Stores new weights (a row not stored yet is inserted) and writes them now, so that another teacher's save in
     * between (a newer version, or the same first row inserted at once) is refused as stale.
     */
    public void save(GradeWeights weights) {
        try {
            if (!em.contains(weights)) {
                em.persist(weights);
            }
            em.flush();
        } catch (PersistenceException e) {
            throw new GradebookRefusedException(GradebookRefusedException.STALE);
        }
    }

    /** Per ACTIVE learner of the class: homework score and maximum of the assignments that count. */
    public Map<Long, double[]> homework(long offeringId, long classId) {
        return scores(HOMEWORK, offeringId, classId);
    }

    /** Per ACTIVE learner of the class: exam score and maximum of the exams that count (best attempt each). */
    public Map<Long, double[]> exams(long offeringId, long classId) {
        return scores(EXAMS, offeringId, classId);
    }

    /** Per ACTIVE learner of the class with any: their visible topics and replies in the class's discussions. */
    public Map<Long, Integer> posts(long offeringId, long classId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(POSTS, Tuple.class).setParameter("offering", offeringId)
                .setParameter("classId", classId).getResultList();
        Map<Long, Integer> posts = new HashMap<>();
        rows.forEach(r -> posts.put(r.get("learner_id", Number.class).longValue(),
                r.get("posts", Number.class).intValue()));
        return posts;
    }

    private Map<Long, double[]> scores(String sql, long offeringId, long classId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(sql, Tuple.class).setParameter("offering", offeringId)
                .setParameter("classId", classId).getResultList();
        Map<Long, double[]> scores = new HashMap<>();
        rows.forEach(r -> scores.put(r.get("learner_id", Number.class).longValue(), new double[] {
            r.get("score", Number.class).doubleValue(), r.get("max_points", Number.class).doubleValue()}));
        return scores;
    }
}
