package org.ziyuanku.web.console.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.ziyuanku.service.system.RefusedException;
import org.ziyuanku.service.teaching.ClassGroupService;
import org.ziyuanku.service.teaching.ClassGroupView;
import org.ziyuanku.service.teaching.ClassGroupsView;
import org.ziyuanku.service.teaching.GroupMembershipService;
import org.ziyuanku.web.faces.RefusalMessages;
import org.ziyuanku.web.faces.SubjectNotFoundException;

/**
 * The learner's group (分组) on their homework page (console/learning/assignments.xhtml?offering=…): the groups of
 * their class with members, theirs marked, and, while the teacher has opened self-signup, joining a group (when in
 * none) and leaving their own. Refusals (full, signup closed) become messages.
 */
@Named
@RequestScoped
public class LearningGroupsBean {

    @EJB
    private ClassGroupService groups;

    @EJB
    private GroupMembershipService members;

    @Inject
    private LearningAssignmentsBean page;

    private ClassGroupsView view;

    /** The groups of the learner's class; null when the page's offering is not theirs. */
    public ClassGroupsView getView() {
        if (view == null) {
            try {
                view = groups.forLearner(offeringId());
            } catch (RefusedException | SubjectNotFoundException e) {
                return null;
            }
        }
        return view;
    }

    /** The learner's own group, or null. */
    public ClassGroupView getMine() {
        ClassGroupsView v = getView();
        return v == null || v.myGroupId() == null ? null
                : v.groups().stream().filter(g -> g.id() == v.myGroupId()).findFirst().orElse(null);
    }

    public void join(long groupId) {
        change(() -> members.join(groupId, null), "learning.groups.joined");
    }

    public void leave(long groupId) {
        change(() -> members.leave(groupId, null), "learning.groups.left");
    }

    private void change(Runnable change, String doneKey) {
        RefusalMessages.changeForNextPage(change, doneKey);
        Faces.redirect(Faces.getRequestContextPath() + "/console/learning/assignments.xhtml?offering=" + offeringId());
    }

    /** The homework page's offering, from its view parameter (kept in the view across the join/leave postback). */
    private long offeringId() {
        return page.offeringId();
    }
}
