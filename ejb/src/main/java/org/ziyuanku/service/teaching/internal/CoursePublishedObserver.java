package org.ziyuanku.service.teaching.internal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.ziyuanku.service.course.CoursePublished;
import org.ziyuanku.service.teaching.OfferingSyncService;

/**
 * After a standard course (or a new version) is published, brings each of its running offerings in step. The
 * observer runs after the publishing transaction completed, so it queries nothing itself (the persistence context has
 * no transaction to enlist in): the asynchronous sync service looks the offerings up in transactions of its own.
 */
@ApplicationScoped
public class CoursePublishedObserver {

    @EJB
    private OfferingSyncService syncService;

    void onPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) CoursePublished published) {
        syncService.syncOfferingsOf(published.courseId());
    }
}
