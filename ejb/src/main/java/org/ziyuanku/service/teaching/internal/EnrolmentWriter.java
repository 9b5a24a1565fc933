package org.ziyuanku.service.teaching.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.ziyuanku.domain.teaching.CourseClass;
import org.ziyuanku.domain.teaching.Enrolment;
import org.ziyuanku.domain.teaching.EnrolmentSource;
import org.ziyuanku.service.teaching.EnrolmentChanged;
import org.ziyuanku.service.teaching.TeachingRefusedException;

/** Writes an enrolment (open, code, teacher, roster) and fires {@link EnrolmentChanged}; the caller checked rights. */
@ApplicationScoped
public class EnrolmentWriter {

    @Inject
    private ClassRepository classes;

    @Inject
    private OfferingAccess access;

    @Inject
    private Event<EnrolmentChanged> changed;

    /**
     * Enrols the learner in the class.
     *
     * @throws TeachingRefusedException for a closed offering or a learner in a class of the offering already (409)
     */
    public Enrolment enrol(CourseClass c, long learnerId, EnrolmentSource source, String studentNo) {
        long offeringId = c.getOffering().getId();
        if (c.getOffering().isClosed()) {
            throw new TeachingRefusedException(TeachingRefusedException.CLOSED);
        }
        if (classes.activeEnrolment(offeringId, learnerId).isPresent()) {
            throw new TeachingRefusedException(TeachingRefusedException.ENROLLED);
        }
        Enrolment e = new Enrolment(offeringId, c.getId(), learnerId, source, studentNo);
        classes.add(e);
        try {
            classes.flush();
        } catch (PersistenceException ex) {
            throw new TeachingRefusedException(TeachingRefusedException.ENROLLED);
        }
        changed.fire(new EnrolmentChanged(e.getId(), offeringId, c.getId(), learnerId, access.accountId(),
                "enrolled"));
        return e;
    }

    /** Whether the learner is in a class of the offering already. */
    public boolean enrolled(long offeringId, long learnerId) {
        return classes.activeEnrolment(offeringId, learnerId).isPresent();
    }
}
