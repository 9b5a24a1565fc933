package org.ziyuanku.web.console.teaching;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;
import org.ziyuanku.service.system.RefusedException;
import org.ziyuanku.service.teaching.AdjustmentCommand;
import org.ziyuanku.service.teaching.GroupWorkMemberView;
import org.ziyuanku.service.teaching.GroupWorkService;
import org.ziyuanku.web.faces.RefusalMessages;
import org.ziyuanku.web.faces.SubmittedFields;

/**
 * Group work (分组任务) on a homework's page (console/teaching/assignment.xhtml?id=…) for its staff: marking the
 * homework as group work, and per group submission its members with the average rating the others gave them, their
 * adjustment (± points and a reason, one form per member) and the resulting score.
 */
@Named
@RequestScoped
public class TeachingGroupWorkBean {

    @EJB
    private GroupWorkService groupWork;

    @Inject
    private TeachingAssignmentBean page;

    private final Map<Long, List<GroupWorkMemberView>> members = new HashMap<>();

    /** The members of the group behind the submission (none when its group was deleted). */
    public List<GroupWorkMemberView> members(long submissionId) {
        return members.computeIfAbsent(submissionId, id -> {
            try {
                return groupWork.members(id);
            } catch (RefusedException e) {
                return List.of();
            }
        });
    }

    /** Marks the homework as group work (its teachers, before any submission). */
    public void mark(long assignmentId) {
        RefusalMessages.change(() -> groupWork.groupWork(assignmentId, true), "teaching.groups.marked");
        page.load();
    }

    /** The member's adjustment as typed in their row's form. */
    public void adjust(long submissionId, long learnerId) {
        String typed = SubmittedFields.value("adjustPoints");
        BigDecimal points;
        try {
            points = new BigDecimal(typed == null ? "" : typed.strip());
        } catch (NumberFormatException e) {
            Messages.addGlobalError("teaching.groups.pointsNumber");
            return;
        }
        String reason = SubmittedFields.value("adjustReason");
        RefusalMessages.change(() -> groupWork.adjust(submissionId, new AdjustmentCommand(learnerId, points, reason)),
                "teaching.groups.adjusted");
        members.clear();
    }
}
