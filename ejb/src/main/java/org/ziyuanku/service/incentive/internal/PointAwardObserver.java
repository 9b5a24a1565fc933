package org.ziyuanku.service.incentive.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.ziyuanku.domain.incentive.PointAction;
import org.ziyuanku.service.learning.LearningCredited;
import org.ziyuanku.service.resource.ResourcePublished;
import org.ziyuanku.service.teaching.AnswerAccepted;

/**
 * Awards points inside the transaction of what earned them: verified learning time and a first completion (learning),
 * an accepted answer (teaching; never one's own), a first publication of an upload (resource). Each object is awarded
 * once ({@code item:}, {@code answer:}, {@code resource:} keys).
 */
@ApplicationScoped
public class PointAwardObserver {

    @Inject
    private PointLedger ledger;

    void credited(@Observes LearningCredited credited) {
        LocalDate today = LocalDate.now();
        if (credited.creditedSeconds() > 0) {
            ledger.award(credited.learnerId(), PointAction.LEARNING_TIME, null, credited.creditedSeconds(), today);
        }
        if (credited.completed()) {
            ledger.award(credited.learnerId(), PointAction.ITEM_COMPLETED, "item:" + credited.offeringNodeId(), 0,
                    today);
        }
    }

    void accepted(@Observes AnswerAccepted accepted) {
        if (accepted.authorId() != accepted.acceptedBy()) {
            ledger.award(accepted.authorId(), PointAction.ANSWER_ACCEPTED, "answer:" + accepted.answerId(), 0,
                    LocalDate.now());
        }
    }

    void published(@Observes ResourcePublished published) {
        if (published.first()) {
            ledger.award(published.uploaderId(), PointAction.UPLOAD_APPROVED, "resource:" + published.resourceId(),
                    0, LocalDate.now());
        }
    }
}
