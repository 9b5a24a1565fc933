package org.ziyuanku.service.teaching;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.ziyuanku.domain.teaching.Assignment;
import org.ziyuanku.domain.teaching.AssignmentSubmission;
import org.ziyuanku.domain.teaching.GradingMode;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.review.ScreenedText;
import org.ziyuanku.service.review.SensitiveWordScreening;
import org.ziyuanku.service.teaching.internal.AssignmentAccess;
import org.ziyuanku.service.teaching.internal.AssignmentRepository;
import org.ziyuanku.service.teaching.internal.GroupWorkRepository;

/**
 * Group homework (分组任务): the homework's teachers mark a manually graded homework as group work before anyone has
 * submitted; staff of the class adjust one member's score by ± points (at most the max points) with a reason, and see
 * per member the adjustment, the average of the ratings the others gave and the resulting score (group score +
 * adjustment, within 0 .. max; that is what the gradebook shows). Members rate each other member's contribution 1-5
 * with an optional screened comment; nobody but staff ever sees ratings, and staff only as averages. The members of a
 * group submission are those it counts for: a learner moved out of the group after it submitted stays with it.
 */
@Stateless
@PermitAll
public class GroupWorkService {

    static final String GROUP_WORK = "ASSIGNMENT_GROUP_WORK";
    static final String ADJUST = "GROUP_ADJUST";
    static final String RATE = "GROUP_RATE";
    static final int MAX_REASON = 400;
    static final int MAX_COMMENT = 1000;

    @Inject
    private AssignmentAccess access;

    @Inject
    private AssignmentRepository assignments;

    @Inject
    private GroupWorkRepository repository;

    @Inject
    private SensitiveWordScreening screening;

    @Inject
    private AuditedCall audited;

    /** Marks the homework as group work or not. @throws GroupRefusedException peer graded, or already submitted to */
    @Audited(action = GROUP_WORK)
    public void groupWork(@AuditTarget("assignment:") long assignmentId, boolean on) {
        Assignment a = access.teacher(assignmentId);
        if (on && a.getGrading() == GradingMode.PEER) {
            throw new GroupRefusedException(GroupRefusedException.PEER);
        }
        if (repository.hasSubmissions(assignmentId)) {
            throw new GroupRefusedException(GroupRefusedException.HAS_SUBMISSIONS);
        }
        a.groupWork(on);
        audited.detail("groupWork=" + on);
    }

    /** The members of the group behind the submission, for staff of its class. */
    public List<GroupWorkMemberView> members(long submissionId) {
        AssignmentSubmission s = staffSubmission(submissionId);
        Assignment a = assignments.find(s.getAssignmentId()).orElseThrow(TeachingRefusedException::homeworkNotFound);
        return repository.memberRows(submissionId, s.getGroupId(), s.getAssignmentId()).stream()
                .map(r -> member(a, s, r)).toList();
    }

    /** Sets a member's adjustment. @throws GroupRefusedException points out of bounds, no reason, not a member */
    @Audited(action = ADJUST)
    public List<GroupWorkMemberView> adjust(@AuditTarget("submission:") long submissionId, AdjustmentCommand c) {
        AssignmentSubmission s = staffSubmission(submissionId);
        Assignment a = assignments.find(s.getAssignmentId()).orElseThrow(TeachingRefusedException::homeworkNotFound);
        BigDecimal max = BigDecimal.valueOf(a.getMaxPoints());
        if (c.points() == null || c.points().abs().compareTo(max) > 0 || c.points().scale() > 2) {
            throw new GroupRefusedException(GroupRefusedException.ADJUSTMENT, max.toPlainString());
        }
        String reason = text(c.reason(), MAX_REASON, GroupRefusedException.REASON, false);
        requireMember(s, c.learnerId());
        repository.adjust(submissionId, c.learnerId(), c.points(), reason, access.me());
        audited.detail("learner=" + c.learnerId() + " points=" + c.points().toPlainString());
        return members(submissionId);
    }

    /** The calling member rates another member of their group. Others get 404 (a learner of the homework 403). */
    @Audited(action = RATE)
    public void rate(@AuditTarget("submission:") long submissionId, RatingCommand c) {
        AssignmentSubmission s = assignments.submission(submissionId)
                .orElseThrow(TeachingRefusedException::homeworkNotFound);
        long me = access.me();
        if (s.getGroupId() == null || !repository.creditedIds(s).contains(me)) {
            throw TeachingRefusedException.concealedHomework();
        }
        if (c.stars() == null || c.stars() < 1 || c.stars() > 5) {
            throw new GroupRefusedException(GroupRefusedException.STARS);
        }
        String comment = text(c.comment(), MAX_COMMENT, GroupRefusedException.COMMENT, true);
        if (c.learnerId() != null && c.learnerId() == me) {
            throw new GroupRefusedException(GroupRefusedException.SELF);
        }
        requireMember(s, c.learnerId());
        repository.rate(submissionId, me, c.learnerId(), c.stars(), comment);
        audited.detail("ratee=" + c.learnerId());
    }

    private AssignmentSubmission staffSubmission(long submissionId) {
        AssignmentSubmission s = access.staffSubmission(submissionId, "see group");
        if (s.getGroupId() == null) {
            throw new GroupRefusedException(GroupRefusedException.NOT_GROUP_WORK);
        }
        return s;
    }

    private void requireMember(AssignmentSubmission s, Long learnerId) {
        if (learnerId == null || !repository.creditedIds(s).contains(learnerId)) {
            throw new GroupRefusedException(GroupRefusedException.NOT_MEMBER);
        }
    }

    private String text(String text, int max, String reasonKey, boolean optional) {
        String t = text == null ? "" : text.strip();
        if (t.length() > max || t.isEmpty() && !optional) {
            throw new GroupRefusedException(reasonKey, Integer.toString(max));
        }
        if (!t.isEmpty()) {
            screening.refuseBlocked(List.of(new ScreenedText(optional ? "comment" : "reason", t)));
        }
        return t.isEmpty() ? null : t;
    }

    private static GroupWorkMemberView member(Assignment a, AssignmentSubmission s, GroupWorkRepository.MemberRow r) {
        BigDecimal average = r.average() == null ? null : r.average().setScale(2, RoundingMode.HALF_UP);
        return new GroupWorkMemberView(r.learnerId(), r.username(), r.displayName(), r.points(), r.reason(), average,
                r.ratings(), score(s.getFinalScore(), r.points(), a.getMaxPoints()));
    }

    /** The member's score: the group's final score + adjustment, within 0 .. max; null while ungraded. */
    public static BigDecimal score(BigDecimal group, BigDecimal adjustment, int max) {
        if (group == null) {
            return null;
        }
        BigDecimal sum = adjustment == null ? group : group.add(adjustment);
        return sum.max(BigDecimal.ZERO).min(BigDecimal.valueOf(max)).setScale(2, RoundingMode.HALF_UP);
    }
}
