package org.ziyuanku.service.teaching;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.List;
import org.ziyuanku.domain.teaching.ClassGroup;
import org.ziyuanku.domain.teaching.CourseClass;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.teaching.internal.ClassGroupRepository;
import org.ziyuanku.service.teaching.internal.GroupAccess;

/**
 * Who is in which group of a class: staff add a learner of the class to a group (moving them out of their group, if
 * any) and take them out; while self-signup is open a learner joins a group when in none, and leaves their own. A
 * learner is in at most one group per class (a unique constraint) and a group never holds more than its maximum size:
 * a join locks the group's row and counts its members, so concurrent joins are counted one after the other.
 */
@Stateless
@PermitAll
public class GroupMembershipService {

    static final String MEMBERS = "CLASS_GROUP_MEMBERS";

    @Inject
    private GroupAccess access;

    @Inject
    private ClassGroupRepository repository;

    @Inject
    private Caller caller;

    @Inject
    private AuditedCall audited;

    /**
     * Adds {@code learnerId} (staff) or the calling learner ({@code learnerId} null or their own) to the group.
     *
     * @throws GroupRefusedException the group is full, signup closed, the learner in another group or not in the class
     */
    @Audited(action = MEMBERS)
    public void join(@AuditTarget("group:") long groupId, Long learnerId) {
        ClassGroup g = access.group(groupId);
        long learner = staffOrSelf(g, learnerId, "add learner " + learnerId + " to group " + groupId);
        boolean staff = learner != access.me();
        if (!staff) {
            requireSignupOpen(g);
        }
        ClassGroup locked = repository.lock(groupId).orElseThrow(TeachingRefusedException::notFound);
        List<Long> members = repository.memberIds(groupId);
        if (members.contains(learner)) {
            return;
        }
        Long current = repository.groupOf(g.getClassId(), learner).orElse(null);
        if (current != null && !staff) {
            throw new GroupRefusedException(GroupRefusedException.IN_OTHER_GROUP);
        }
        if (!locked.hasRoomFor(members.size())) {
            throw new GroupRefusedException(GroupRefusedException.FULL, Integer.toString(locked.getMaxSize()));
        }
        if (current != null) {
            repository.removeMember(current, learner);
        }
        try {
            repository.addMember(locked, learner);
            repository.flush();
        } catch (PersistenceException e) {
            throw new GroupRefusedException(GroupRefusedException.IN_OTHER_GROUP);
        }
        audited.detail("learner=" + learner + (current == null ? "" : " from group " + current));
    }

    /** Takes {@code learnerId} (staff) or the calling learner ({@code learnerId} null or their own) out of the group. */
    @Audited(action = MEMBERS)
    public void leave(@AuditTarget("group:") long groupId, Long learnerId) {
        ClassGroup g = access.group(groupId);
        long learner = staffOrSelf(g, learnerId, "remove learner " + learnerId + " from group " + groupId);
        if (learner == access.me()) {
            requireSignupOpen(g);
        }
        if (!repository.removeMember(groupId, learner)) {
            throw new GroupRefusedException(GroupRefusedException.NOT_MEMBER);
        }
        audited.detail("learner=" + learner + " left");
    }

    /** The learner to act on: anyone of the class for staff; for a learner only themselves (else 403). */
    private long staffOrSelf(ClassGroup g, Long learnerId, String what) {
        if (access.staffOrLearner(g.getClassId())) {
            CourseClass c = access.staff(g.getClassId());
            if (learnerId == null || !access.inClass(c, learnerId)) {
                throw new GroupRefusedException(GroupRefusedException.NOT_LEARNER);
            }
            return learnerId;
        }
        if (learnerId != null && learnerId != access.me()) {
            throw caller.denied(what);
        }
        return access.me();
    }

    private void requireSignupOpen(ClassGroup g) {
        if (!repository.signupOpen(g.getClassId())) {
            throw new GroupRefusedException(GroupRefusedException.SIGNUP_CLOSED);
        }
    }
}
