package org.ziyuanku.service.teaching.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.teaching.Assignment;
import org.ziyuanku.domain.teaching.AssignmentSubmission;
import org.ziyuanku.domain.teaching.AssignmentStatus;
import org.ziyuanku.domain.teaching.CourseOffering;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.teaching.TeachingAccess;
import org.ziyuanku.service.teaching.TeachingRefusedException;

/**
 * Who may do what with a homework: its staff (the offering's owner, the staff of its class, or of any class for an
 * offering-wide one) see it and grade; its teachers (owner, TEACHERs, not assistants) change it, publish it, hand out
 * peer reviews and override; its learners (ACTIVE in its class or offering) see it once published and submit. A
 * learner it is for on a staff step gets 403; anyone else (a learner of another class too) 404 and a denial in the
 * audit trail.
 */
@ApplicationScoped
public class AssignmentAccess {

    @Inject
    private Caller caller;

    @Inject
    private OfferingAccess offerings;

    @Inject
    private TeachingAccess teaching;

    @Inject
    private AssignmentRepository assignments;

    /** The homework, for its staff. */
    public Assignment staff(long assignmentId) {
        Assignment a = assignments.find(assignmentId).orElseThrow(TeachingRefusedException::homeworkNotFound);
        if (isStaff(a)) {
            return a;
        }
        if (isLearner(a)) {
            throw caller.denied("use the staff side of homework " + assignmentId);
        }
        throw TeachingRefusedException.concealedHomework();
    }

    /** The homework, for its teachers (assistants 403). */
    public Assignment teacher(long assignmentId) {
        Assignment a = staff(assignmentId);
        if (a.getClassId() == null) {
            CourseOffering offering = offerings.staffOffering(a.getOfferingId());
            if (!offerings.mayEdit(offering)) {
                throw caller.denied("manage homework " + assignmentId);
            }
        } else {
            offerings.classOfTeacher(a.getClassId());
        }
        return a;
    }

    /** The published homework, for a learner it is for. */
    public Assignment learner(long assignmentId) {
        Assignment a = assignments.find(assignmentId).orElseThrow(TeachingRefusedException::homeworkNotFound);
        if (isLearner(a)) {
            return a;
        }
        if (isStaff(a)) {
            throw caller.denied("act as a learner of homework " + assignmentId);
        }
        throw TeachingRefusedException.concealedHomework();
    }

    /**
     * The submission, for staff of its homework who staff its learner's class ({@link #staffsLearner}); a learner of
     * the homework 403, anyone else 404; staff of another class 403, denied as {@code "<what> submission <id>"}.
     */
    public AssignmentSubmission staffSubmission(long submissionId, String what) {
        AssignmentSubmission s = assignments.submission(submissionId)
                .orElseThrow(TeachingRefusedException::homeworkNotFound);
        Assignment a = staff(s.getAssignmentId());
        if (!staffsLearner(a, s)) {
            throw caller.denied(what + " submission " + submissionId);
        }
        return s;
    }

    /** Whether the caller is on the staff of the submission's homework and staffs its learner's class. */
    public boolean isStaffOf(AssignmentSubmission s) {
        Assignment a = assignments.find(s.getAssignmentId()).orElseThrow(TeachingRefusedException::homeworkNotFound);
        return isStaff(a) && staffsLearner(a, s);
    }

    /**
     * Whether the caller staffs the class of the submission's learner, or the learner is in no class of the offering
     * any more.
     */
    private boolean staffsLearner(Assignment a, AssignmentSubmission s) {
        Long learnerClass = classOfLearner(a.getOfferingId(), s.getLearnerId()).orElse(null);
        return learnerClass == null || staffClasses(a.getOfferingId()).contains(learnerClass);
    }

    /** Whether the caller is on the homework's staff. */
    public boolean isStaff(Assignment a) {
        List<Long> visible = teaching.visibleClassIds(a.getOfferingId(), offerings.accountId());
        return !visible.isEmpty() && (a.getClassId() == null || visible.contains(a.getClassId()));
    }

    /** Whether the caller is an ACTIVE learner the published homework is for. */
    public boolean isLearner(Assignment a) {
        Optional<Long> mine = teaching.classOfLearner(a.getOfferingId(), offerings.accountId());
        return a.getStatus() != AssignmentStatus.DRAFT && mine.isPresent()
                && (a.getClassId() == null || a.getClassId().equals(mine.get()));
    }

    /** The caller's account id. */
    public long me() {
        return offerings.accountId();
    }

    /** The classes of the offering the caller staffs (all of them for the owner). */
    public List<Long> staffClasses(long offeringId) {
        return teaching.visibleClassIds(offeringId, offerings.accountId());
    }

    /** The learner's class in the offering. */
    public Optional<Long> classOfLearner(long offeringId, long learnerId) {
        return teaching.classOfLearner(offeringId, learnerId);
    }
}
