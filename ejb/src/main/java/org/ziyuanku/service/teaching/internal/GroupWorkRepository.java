package org.ziyuanku.service.teaching.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.teaching.AssignmentSubmission;

/** Group submissions, the teacher's per-member adjustments and the members' ratings of each other. */
@ApplicationScoped
public class GroupWorkRepository {

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    /** The group's submission to the homework, if it has one. */
    public Optional<AssignmentSubmission> submissionOf(long assignmentId, long groupId) {
        return em.createQuery("select s from AssignmentSubmission s where s.assignmentId = :a and s.groupId = :g",
                AssignmentSubmission.class).setParameter("a", assignmentId).setParameter("g", groupId)
                .getResultStream().findFirst();
    }

    /** Whether the homework has any submission. */
    public boolean hasSubmissions(long assignmentId) {
        return !em.createQuery("select s.id from AssignmentSubmission s where s.assignmentId = :a", Long.class)
                .setParameter("a", assignmentId).setMaxResults(1).getResultList().isEmpty();
    }

    /** Sets (or replaces) a member's adjustment. */
    public void adjust(long submissionId, long learnerId, BigDecimal points, String reason, long teacherId) {
        em.createNativeQuery("insert into group_adjustment (submission_id, learner_id, points, reason, adjusted_by,"
                + " adjusted_at) values (?1, ?2, ?3, ?4, ?5, localtimestamp) on conflict (submission_id, learner_id)"
                + " do update set points = excluded.points, reason = excluded.reason,"
                + " adjusted_by = excluded.adjusted_by, adjusted_at = excluded.adjusted_at")
                .setParameter(1, submissionId).setParameter(2, learnerId).setParameter(3, points)
                .setParameter(4, reason).setParameter(5, teacherId).executeUpdate();
    }

    /** Sets (or replaces) a member's rating of another member. */
    public void rate(long submissionId, long raterId, long rateeId, int stars, String comment) {
        em.createNativeQuery("insert into group_rating (submission_id, rater_id, ratee_id, stars, comment, rated_at)"
                + " values (?1, ?2, ?3, ?4, ?5, localtimestamp) on conflict (submission_id, rater_id, ratee_id)"
                + " do update set stars = excluded.stars, comment = excluded.comment, rated_at = excluded.rated_at")
                .setParameter(1, submissionId).setParameter(2, raterId).setParameter(3, rateeId)
                .setParameter(4, stars).setParameter(5, comment).executeUpdate();
    }

    /**
     * Per member of the group: username, name, adjustment points and reason (null when none), the average rating the
     * others gave them and how many ratings.
     */
    public List<Tuple> memberRows(long submissionId, long groupId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select m.learner_id, u.username, u.display_name, a.points, a.reason,"
                + " (select avg(r.stars) from group_rating r where r.submission_id = ?1 and r.ratee_id = m.learner_id)"
                + " as average, (select count(*) from group_rating r where r.submission_id = ?1"
                + " and r.ratee_id = m.learner_id) as ratings from class_group_member m join user_account u"
                + " on u.id = m.learner_id left join group_adjustment a on a.submission_id = ?1"
                + " and a.learner_id = m.learner_id where m.group_id = ?2 order by u.display_name, u.id", Tuple.class)
                .setParameter(1, submissionId).setParameter(2, groupId).getResultList();
        return rows;
    }
}
