package org.ziyuanku.service.teaching.internal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.ziyuanku.service.course.CoursePublished;
import org.ziyuanku.service.teaching.OfferingSyncService;

/** After a standard course (or a new version) is published, brings each of its running offerings in step. */
@ApplicationScoped
public class CoursePublishedObserver {

    @Inject
    private OfferingRepository offerings;

    @EJB
    private OfferingSyncService syncService;

    void onPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) CoursePublished published) {
        offerings.runningOf(published.courseId()).forEach(syncService::syncLater);
    }
}
