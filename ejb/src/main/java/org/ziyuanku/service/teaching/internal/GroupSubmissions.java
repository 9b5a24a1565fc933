package org.ziyuanku.service.teaching.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ziyuanku.domain.teaching.Assignment;
import org.ziyuanku.domain.teaching.AssignmentSubmission;
import org.ziyuanku.service.teaching.GroupRefusedException;
import org.ziyuanku.service.teaching.GroupWorkService;
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

    /**
     * The group submission that counts for the learner: the one credited to them at their group's last (re)submission
     * (so a learner moved out of the group afterwards keeps it), else their current group's.
     */
    public Optional<AssignmentSubmission> mine(Assignment a, long learnerId) {
        Optional<AssignmentSubmission> credited = repository.credited(a.getId(), learnerId);
        return credited.isPresent() ? credited
                : groupOf(a, learnerId).flatMap(g -> repository.submissionOf(a.getId(), g));
    }

    /** Credits the (re)submitted group work to the group's members now. */
    public void credit(AssignmentSubmission s) {
        repository.credit(s);
    }

    /** Whether the submission counts for the learner: their own, or their group's with them credited. */
    public boolean countsFor(AssignmentSubmission s, long learnerId) {
        return s.getLearnerId() == learnerId || s.getGroupId() != null && creditedIds(s).contains(learnerId);
    }

    /** The learners the group submission counts for. */
    public List<Long> creditedIds(AssignmentSubmission s) {
        return repository.creditedIds(s);
    }

    /** The learner's score of the group submission: its final score + their adjustment, within 0 .. max. */
    public BigDecimal memberScore(Assignment a, AssignmentSubmission s, long learnerId) {
        return GroupWorkService.score(s.getFinalScore(), repository.adjustment(s.getId(), learnerId).orElse(null),
                a.getMaxPoints());
    }

    /** The names of the submissions' groups by group id. */
    public Map<Long, String> groupNames(List<AssignmentSubmission> submissions) {
        return repository.groupNames(submissions.stream().map(AssignmentSubmission::getGroupId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
    }

    /** The learner's group in the homework's class (their class for an offering-wide homework). */
    public Optional<Long> groupOf(Assignment a, long learnerId) {
        Optional<Long> classId = a.getClassId() != null ? Optional.of(a.getClassId())
                : teaching.classOfLearner(a.getOfferingId(), learnerId);
        return classId.flatMap(c -> groups.groupOf(c, learnerId));
    }
}
