package org.ziyuanku.service.teaching;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ziyuanku.domain.teaching.CourseOffering;
import org.ziyuanku.service.course.PublishedCourses;
import org.ziyuanku.service.teaching.internal.OfferingRepository;
import org.ziyuanku.service.teaching.internal.OfferingSync;

/**
 * Runs {@link OfferingSync} for one offering in its own transaction, holding the offering's row lock: after a new
 * version of the standard course is published ({@link #syncLater}, for each running offering) and lazily when an
 * offering's page sees it lag behind ({@link #syncIfBehind}). A system step, not a user's: the sync only brings in
 * what the standard course's review already published, and keeps every local change.
 */
@Stateless
@PermitAll
public class OfferingSyncService {

    private static final Logger LOG = Logger.getLogger(OfferingSyncService.class.getName());

    @Inject
    private OfferingRepository offerings;

    @Inject
    private PublishedCourses courses;

    @Inject
    private OfferingSync sync;

    @EJB
    private OfferingSyncService self;

    /**
     * Syncs every running offering of the course, each in its own transaction, in the background: called after the
     * publishing transaction succeeded, when the observer itself has no transaction to query in.
     */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void syncOfferingsOf(long courseId) {
        for (long offeringId : offerings.runningOf(courseId)) {
            self.syncLater(offeringId);
        }
    }

    /** Syncs the offering after the current transaction, in the background. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void syncLater(long offeringId) {
        try {
            syncNow(offeringId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Offering " + offeringId + " could not be synced now; its page will retry", e);
        }
    }

    /**
     * Syncs the offering now when its synced version lags behind the published course's (one indexed query when it
     * does not; the row lock is taken only when it does, and the lagging is checked again under it).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void syncIfBehind(long offeringId) {
        if (offerings.behind(offeringId)) {
            syncNow(offeringId);
        }
    }

    private void syncNow(long offeringId) {
        CourseOffering offering = offerings.lock(offeringId).orElse(null);
        if (offering == null || offering.isClosed()) {
            return;
        }
        courses.outline(offering.getCourseId()).ifPresent(outline -> sync.sync(offering, outline));
    }
}
