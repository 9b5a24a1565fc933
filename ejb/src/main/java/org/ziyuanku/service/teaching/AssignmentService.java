package org.ziyuanku.service.teaching;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.ziyuanku.domain.teaching.Assignment;
import org.ziyuanku.domain.teaching.AssignmentSettings;
import org.ziyuanku.domain.teaching.CourseOffering;
import org.ziyuanku.domain.teaching.GradingMode;
import org.ziyuanku.service.audit.AuditScope;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.review.ScreenedText;
import org.ziyuanku.service.review.SensitiveWordScreening;
import org.ziyuanku.service.teaching.internal.AssignmentAccess;
import org.ziyuanku.service.teaching.internal.AssignmentRepository;
import org.ziyuanku.service.teaching.internal.AssignmentSettingsReader;
import org.ziyuanku.service.teaching.internal.NoticeText;
import org.ziyuanku.service.teaching.internal.OfferingAccess;

/**
 * Homework (作业) of an offering, for one class or all of them. Its teachers (the offering's owner, the TEACHERs of
 * the class; for an offering-wide one the owner and any TEACHER of the offering) write it as a draft, change it (not
 * once peer reviews are handed out) and publish it; assistants see it. Its learners see it once published. Title
 * and instructions pass the sensitive-word screen; instructions are sanitised like notices. A learner of the
 * offering on a staff step gets 403, anyone else 404 (audited as denied).
 */
@Stateless
@PermitAll
public class AssignmentService {

    static final String CREATE = "ASSIGNMENT_CREATE";
    static final String EDIT = "ASSIGNMENT_EDIT";
    static final String PUBLISH = "ASSIGNMENT_PUBLISH";

    @Inject
    private OfferingAccess offerings;

    @Inject
    private AssignmentAccess access;

    @Inject
    private AssignmentRepository assignments;

    @Inject
    private Caller caller;

    @Inject
    private SensitiveWordScreening screening;

    @Inject
    private AuditedCall audited;

    /** A new draft. @throws AssignmentRefusedException for a broken rule (400) */
    @Audited(action = CREATE, target = "assignment:new")
    public AssignmentView create(@AuditScope("offering:") long offeringId, AssignmentCommand command) {
        teacherOf(offeringId, command.classId());
        AssignmentSettings settings = AssignmentSettingsReader.read(command);
        screen(settings);
        Assignment a = new Assignment(offeringId, command.classId(), access.me(), settings);
        assignments.add(a);
        assignments.flush();
        audited.target("assignment:" + a.getId());
        return view(a, true);
    }

    /**
     * New settings (the class stays). @throws AssignmentRefusedException once peer reviews are handed out (409)
     * @throws GroupRefusedException peer grading for a group homework (409: a group's work is graded once)
     */
    @Audited(action = EDIT)
    public AssignmentView edit(@AuditTarget("assignment:") long assignmentId, AssignmentCommand command) {
        Assignment a = access.teacher(assignmentId);
        if (a.getPeersAssignedAt() != null) {
            throw new AssignmentRefusedException(AssignmentRefusedException.PEERS_ASSIGNED);
        }
        AssignmentSettings settings = AssignmentSettingsReader.read(command);
        if (a.isGroupWork() && settings.grading() == GradingMode.PEER) {
            throw new GroupRefusedException(GroupRefusedException.PEER_AFTER);
        }
        screen(settings);
        a.change(settings);
        assignments.flush();
        return view(a, true);
    }

    /** Publishes the draft to its learners; publishing again changes nothing. */
    @Audited(action = PUBLISH)
    public AssignmentView publish(@AuditTarget("assignment:") long assignmentId) {
        Assignment a = access.teacher(assignmentId);
        a.publish();
        assignments.flush();
        return view(a, true);
    }

    /** The homework, for its staff or a learner it is for. */
    public AssignmentView get(long assignmentId) {
        Assignment a = assignments.find(assignmentId).orElseThrow(TeachingRefusedException::homeworkNotFound);
        if (access.isStaff(a)) {
            return view(a, true);
        }
        return view(access.learner(assignmentId), false);
    }

    /** The offering's homework: staff see their classes' and the offering-wide ones, learners the published ones. */
    public List<AssignmentView> list(long offeringId) {
        List<Long> staffClasses = access.staffClasses(offeringId);
        if (staffClasses.isEmpty()) {
            Long mine = access.classOfLearner(offeringId, access.me())
                    .orElseThrow(TeachingRefusedException::concealedDenial);
            return assignments.forClasses(offeringId, List.of(mine), true).stream().map(a -> view(a, false)).toList();
        }
        return assignments.forClasses(offeringId, staffClasses, false).stream().map(a -> view(a, true)).toList();
    }

    private void teacherOf(long offeringId, Long classId) {
        if (access.staffClasses(offeringId).isEmpty()
                && access.classOfLearner(offeringId, access.me()).isPresent()) {
            throw caller.denied("create homework in offering " + offeringId);
        }
        CourseOffering offering = offerings.staffOffering(offeringId);
        if (classId == null) {
            if (!offerings.mayEdit(offering)) {
                throw caller.denied("set homework for every class of offering " + offeringId);
            }
        } else if (offerings.classOfTeacher(classId).getOffering().getId() != offeringId) {
            throw TeachingRefusedException.concealedDenial();
        }
    }

    private void screen(AssignmentSettings s) {
        List<ScreenedText> texts = new ArrayList<>(List.of(new ScreenedText("title", s.title()),
                new ScreenedText("instructions", NoticeText.text(s.instructions()))));
        s.rubric().forEach(c -> texts.add(new ScreenedText("rubric", c.getTitle())));
        screening.refuseBlocked(texts);
    }

    private AssignmentView view(Assignment a, boolean staff) {
        int count = staff ? assignments.submissions(a.getId()).size() : 0;
        return new AssignmentView(a.getId(), a.getOfferingId(), a.getClassId(), a.getTitle(), a.getInstructions(),
                a.getOpensAt(), a.getDueAt(), a.getLatePolicy().name(), a.getLatePenaltyPercent(), a.getMaxPoints(),
                a.getKinds().name(), a.getGrading().name(), a.getPeerCount(), rubric(a), a.getAggregation().name(),
                a.getNoReviewPenalty(), a.getStatus().name(), a.getPeersAssignedAt(), count, a.getVersion(),
                a.isGroupWork());
    }

    static List<AssignmentCommand.Criterion> rubric(Assignment a) {
        return a.getRubric().stream().map(c -> new AssignmentCommand.Criterion(c.getTitle(), c.getMaxPoints())).toList();
    }
}
