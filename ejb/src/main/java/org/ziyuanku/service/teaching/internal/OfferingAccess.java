package org.ziyuanku.service.teaching.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.ziyuanku.domain.teaching.ClassStaff;
import org.ziyuanku.domain.teaching.CourseClass;
import org.ziyuanku.domain.teaching.CourseOffering;
import org.ziyuanku.domain.teaching.StaffRole;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.teaching.TeachingRefusedException;

/**
 * Who may do what with an offering and its classes, for the calling person: the owner and the TEACHERs of its classes
 * edit the outline and decide incoming changes; an ASSISTANT (助教) sees the offering and their own class; staff of
 * one class do not see another class's learners. Staff who are refused get {@code AccessDeniedException} (403);
 * anyone else learns nothing: an offering or class they may not see is "not found" to them (404) and a denial in the
 * audit trail ({@link TeachingRefusedException#concealedDenial()}).
 */
@ApplicationScoped
public class OfferingAccess {

    @Inject
    private Caller caller;

    @Inject
    private OfferingRepository offerings;

    @Inject
    private ClassRepository classes;

    /** The offering, when the caller owns it or works in one of its classes. */
    public CourseOffering staffOffering(long offeringId) {
        CourseOffering offering = offerings.find(offeringId).orElseThrow(TeachingRefusedException::notFound);
        if (!isOwner(offering) && staffing(offeringId).isEmpty()) {
            throw TeachingRefusedException.concealedDenial();
        }
        return offering;
    }

    /** The offering, when the caller may edit its outline (owner or TEACHER of one of its classes). */
    public CourseOffering editableOffering(long offeringId) {
        CourseOffering offering = staffOffering(offeringId);
        if (!mayEdit(offering)) {
            throw caller.denied("edit the outline of offering " + offeringId);
        }
        return offering;
    }

    /** The offering locked for a change of its outline, when the caller may edit it and it is not closed. */
    public CourseOffering lockedForEdit(long offeringId) {
        editableOffering(offeringId);
        CourseOffering offering = offerings.lock(offeringId).orElseThrow(TeachingRefusedException::notFound);
        if (offering.isClosed()) {
            throw new TeachingRefusedException(TeachingRefusedException.CLOSED);
        }
        return offering;
    }

    /** Whether the caller owns the offering or teaches (not only assists) one of its classes. */
    public boolean mayEdit(CourseOffering offering) {
        return isOwner(offering) || staffing(offering.getId()).stream().anyMatch(s -> s.getRole() == StaffRole.TEACHER);
    }

    /** The class, when the caller owns its offering or is on the class's staff; other staff of the offering get 403. */
    public CourseClass classOfStaff(long classId) {
        CourseClass c = classes.find(classId).orElseThrow(TeachingRefusedException::notFound);
        if (isOwner(c.getOffering()) || classes.staffMember(classId, accountId()).isPresent()) {
            return c;
        }
        if (!staffing(c.getOffering().getId()).isEmpty()) {
            throw caller.denied("see class " + classId);
        }
        throw TeachingRefusedException.concealedDenial();
    }

    /** The class, when the caller owns its offering or TEACHES it (assistants get 403). */
    public CourseClass classOfTeacher(long classId) {
        CourseClass c = classOfStaff(classId);
        if (!isOwner(c.getOffering()) && classes.staffMember(classId, accountId())
                .filter(s -> s.getRole() == StaffRole.TEACHER).isEmpty()) {
            throw caller.denied("manage class " + classId);
        }
        return c;
    }

    public boolean isOwner(CourseOffering offering) {
        return caller.is(offering.getOwnerId());
    }

    /** The signed-in caller's account id; {@code AccessDeniedException} for the anonymous caller. */
    public long accountId() {
        if (caller.isAnonymous()) {
            throw caller.denied("use teaching without signing in");
        }
        return caller.accountId();
    }

    private List<ClassStaff> staffing(long offeringId) {
        return classes.staffingOf(offeringId, accountId());
    }
}
