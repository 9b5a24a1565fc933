package org.ziyuanku.service.teaching.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ziyuanku.domain.teaching.AssignmentSubmission;
import org.ziyuanku.domain.teaching.ClassGroup;

/** Group submissions, the teacher's per-member adjustments and the members' ratings of each other. */
@ApplicationScoped
public class GroupWorkRepository {

    /**
     * The learners a group submission (?1, of group ?2, homework ?3) counts for: those it was credited to at their
     * group's last (re)submission, and members of the group now who have no credit for the homework.
     */
    static final String CREDITED = "select learner_id from group_submission_member where submission_id = ?1"
            + " union select g.learner_id from class_group_member g where g.group_id = ?2 and not exists"
            + " (select 1 from group_submission_member c where c.assignment_id = ?3 and c.learner_id = g.learner_id)";

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
    public List<MemberRow> memberRows(long submissionId, long groupId, long assignmentId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("with m as (" + CREDITED + ")"
                + " select m.learner_id, u.username, u.display_name, a.points, a.reason,"
                + " (select avg(r.stars) from group_rating r where r.submission_id = ?1 and r.ratee_id = m.learner_id)"
                + " as average, (select count(*) from group_rating r where r.submission_id = ?1"
                + " and r.ratee_id = m.learner_id) as ratings from m join user_account u"
                + " on u.id = m.learner_id left join group_adjustment a on a.submission_id = ?1"
                + " and a.learner_id = m.learner_id order by u.display_name, u.id", Tuple.class)
                .setParameter(1, submissionId).setParameter(2, groupId).setParameter(3, assignmentId).getResultList();
        return rows.stream().map(r -> new MemberRow(((Number) r.get("learner_id")).longValue(),
                (String) r.get("username"), (String) r.get("display_name"), (BigDecimal) r.get("points"),
                (String) r.get("reason"), r.get("average") == null ? null : new BigDecimal(r.get("average").toString()),
                ((Number) r.get("ratings")).intValue())).toList();
    }

    /**
     * A member of a group submission: adjustment points and reason (null when none), the average of the ratings the
     * others gave them (null when none) and how many ratings.
     */
    public record MemberRow(long learnerId, String username, String displayName, BigDecimal points, String reason,
            BigDecimal average, int ratings) {
    }

    /** The learners the group submission counts for (see {@link #CREDITED}). */
    public List<Long> creditedIds(AssignmentSubmission s) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(CREDITED + " order by learner_id").setParameter(1, s.getId())
                .setParameter(2, s.getGroupId()).setParameter(3, s.getAssignmentId()).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Credits the submission to the group's members now (replacing a credit of theirs to another submission). */
    public void credit(AssignmentSubmission s) {
        em.createNativeQuery("insert into group_submission_member (assignment_id, learner_id, submission_id)"
                + " select ?1, learner_id, ?2 from class_group_member where group_id = ?3"
                + " on conflict (assignment_id, learner_id) do update set submission_id = excluded.submission_id")
                .setParameter(1, s.getAssignmentId()).setParameter(2, s.getId()).setParameter(3, s.getGroupId())
                .executeUpdate();
    }

    /** The group submission credited to the learner for the homework, if any. */
    public Optional<AssignmentSubmission> credited(long assignmentId, long learnerId) {
        List<?> ids = em.createNativeQuery("select submission_id from group_submission_member where assignment_id = ?1"
                + " and learner_id = ?2").setParameter(1, assignmentId).setParameter(2, learnerId).getResultList();
        return ids.stream().findFirst().map(id -> em.find(AssignmentSubmission.class, ((Number) id).longValue()));
    }

    /** The member's adjustment on the submission, if staff set one. */
    public Optional<BigDecimal> adjustment(long submissionId, long learnerId) {
        List<?> rows = em.createNativeQuery("select points from group_adjustment where submission_id = ?1"
                + " and learner_id = ?2").setParameter(1, submissionId).setParameter(2, learnerId).getResultList();
        return rows.stream().findFirst().map(r -> (BigDecimal) r);
    }

    /** The names of the groups by id. */
    public Map<Long, String> groupNames(Collection<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select g from ClassGroup g where g.id in :ids", ClassGroup.class)
                .setParameter("ids", groupIds).getResultStream()
                .collect(Collectors.toMap(ClassGroup::getId, ClassGroup::getName));
    }
}
