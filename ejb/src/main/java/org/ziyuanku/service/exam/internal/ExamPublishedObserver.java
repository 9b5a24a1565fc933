package org.ziyuanku.service.exam.internal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.ziyuanku.service.exam.ExamPreparationService;
import org.ziyuanku.service.exam.ExamPublished;

/**
 * After an exam's publishing committed, draws its learners' papers in the background; the observer queries nothing
 * itself (there is no transaction to enlist in any more).
 */
@ApplicationScoped
public class ExamPublishedObserver {

    @EJB
    private ExamPreparationService preparation;

    void onPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) ExamPublished published) {
        preparation.prepareAll(published.examId());
    }
}
