package org.ziyuanku.service.teaching.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.ziyuanku.domain.teaching.Assignment;
import org.ziyuanku.domain.teaching.AssignmentSubmission;
import org.ziyuanku.service.teaching.GroupRefusedException;
import org.ziyuanku.service.teaching.TeachingAccess;

/** The submission of a learner's group to a group homework: one per group, made and resubmitted by any member. */
@ApplicationScoped
public class GroupSubmissions {

    @Inject
    private ClassGroupRepository groups;

    @Inject
    private GroupWorkRepository repository;

    @Inject
    private TeachingAccess teaching;

    /** The group's submission, or a new one by the learner; a learner in no group is refused. */
    public AssignmentSubmission forSubmit(Assignment a, long learnerId) {
        long groupId = groupOf(a, learnerId).orElseThrow(() -> new GroupRefusedException(GroupRefusedException.NO_GROUP));
        return repository.submissionOf(a.getId(), groupId)
                .orElseGet(() -> new AssignmentSubmission(a.getId(), learnerId, groupId));
    }

    /** The submission of the learner's group, if the group has one. */
    public Optional<AssignmentSubmission> mine(Assignment a, long learnerId) {
        return groupOf(a, learnerId).flatMap(g -> repository.submissionOf(a.getId(), g));
    }

    /** The learner's group in the homework's class (their class for an offering-wide homework). */
    public Optional<Long> groupOf(Assignment a, long learnerId) {
        Optional<Long> classId = a.getClassId() != null ? Optional.of(a.getClassId())
                : teaching.classOfLearner(a.getOfferingId(), learnerId);
        return classId.flatMap(c -> groups.groupOf(c, learnerId));
    }
}
