package org.ziyuanku.service.teaching.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ziyuanku.domain.teaching.ClassGroup;
import org.ziyuanku.domain.teaching.CourseClass;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.teaching.TeachingAccess;
import org.ziyuanku.service.teaching.TeachingRefusedException;

/**
 * Who may do what with a class's groups: its staff (owner of the offering, teachers and assistants of the class)
 * manage them; its ACTIVE learners see them and join or leave when self-signup is open. A learner of the class on a
 * staff step gets 403; anyone else (a learner of another class too) 404 and a denial in the audit trail.
 */
@ApplicationScoped
public class GroupAccess {

    @Inject
    private Caller caller;

    @Inject
    private OfferingAccess offerings;

    @Inject
    private ClassRepository classes;

    @Inject
    private TeachingAccess teaching;

    @Inject
    private ClassGroupRepository groups;

    /** Whether the caller is on the class's staff; a learner of the class false; anyone else 404. */
    public boolean staffOrLearner(long classId) {
        CourseClass c = classes.find(classId).orElseThrow(TeachingRefusedException::notFound);
        if (isLearner(c)) {
            return false;
        }
        offerings.classOfStaff(classId);
        return true;
    }

    /** The class, for its staff; a learner of it 403. */
    public CourseClass staff(long classId) {
        CourseClass c = classes.find(classId).orElseThrow(TeachingRefusedException::notFound);
        if (isLearner(c)) {
            throw caller.denied("manage the groups of class " + classId);
        }
        return offerings.classOfStaff(classId);
    }

    /** The group; its class must be visible to the caller (staff or learner), else 404. */
    public ClassGroup group(long groupId) {
        ClassGroup g = groups.find(groupId).orElseThrow(TeachingRefusedException::notFound);
        staffOrLearner(g.getClassId());
        return g;
    }

    /** The caller's account id. */
    public long me() {
        return offerings.accountId();
    }

    /** Whether the learner is ACTIVE in the class. */
    public boolean inClass(CourseClass c, long learnerId) {
        return teaching.classOfLearner(c.getOffering().getId(), learnerId).filter(c.getId()::equals).isPresent();
    }

    private boolean isLearner(CourseClass c) {
        return inClass(c, me());
    }
}
