package org.ziyuanku.service.learning.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import org.ziyuanku.domain.learning.AttemptMode;
import org.ziyuanku.domain.learning.CoveredIntervals;
import org.ziyuanku.domain.learning.Credit;
import org.ziyuanku.domain.learning.ItemProgress;
import org.ziyuanku.domain.learning.LearningAttempt;
import org.ziyuanku.service.learning.LearningCredited;

/**
 * Keeps an enrolled learner's {@code item_progress} and "continue" target in step with the credit their beats earn,
 * and writes the progress statements (25/50/75/100 %, completed) when a mark is crossed. Trial attempts keep nothing.
 */
@ApplicationScoped
public class ProgressRecorder {

    @Inject
    private ItemProgressRepository progress;

    @Inject
    private LearningStatements statements;

    @Inject
    private Event<LearningCredited> credited;

    /** The progress row of the attempt's item, created (with the seconds that complete it) when missing. */
    public ItemProgress prepare(LearningAttempt attempt, int requiredSeconds, LocalDateTime now) {
        long part = attempt.getPartResourceId() == null ? 0 : attempt.getPartResourceId();
        ItemProgress row = progress.find(attempt.getEnrolmentId(), attempt.getOfferingNodeId(), part).orElse(null);
        if (row == null) {
            row = new ItemProgress(attempt.getEnrolmentId(), attempt.getOfferingNodeId(), part, requiredSeconds, now);
            progress.add(row);
        }
        return row;
    }

    /** The covered seconds so far of an enrolled attempt's item; none for a trial. */
    public CoveredIntervals covered(LearningAttempt attempt) {
        return attempt.getEnrolmentId() == null ? CoveredIntervals.none()
                : existing(attempt).map(ItemProgress::coveredIntervals).orElse(CoveredIntervals.none());
    }

    /** Records what an accepted beat earned; answers the item's progress afterwards (null for a trial). */
    public ItemProgress record(LearningAttempt attempt, Credit credit, LocalDateTime now) {
        if (attempt.getEnrolmentId() == null) {
            return null;
        }
        ItemProgress row = existing(attempt).orElseGet(() -> prepare(attempt, 1, now));
        int before = row.percent();
        boolean wasCompleted = row.getCompletedAt() != null;
        if (attempt.getMode() == AttemptMode.MEDIA) {
            row.creditMedia(credit, now);
        } else {
            row.creditDocument(credit, now);
        }
        progress.moveResume(attempt.getEnrolmentId(), attempt.getOfferingNodeId(), row.getPartId(),
                row.getLastPositionMs(), now);
        boolean completed = !wasCompleted && row.getCompletedAt() != null;
        statements.progressed(attempt, before, row.percent(), row.getCoveredSeconds(), completed);
        if (credit.newlySeconds() > 0 || completed) {
            credited.fire(new LearningCredited(attempt.getLearnerId(), attempt.getOfferingNodeId(),
                    credit.newlySeconds(), completed));
        }
        return row;
    }

    private java.util.Optional<ItemProgress> existing(LearningAttempt attempt) {
        long part = attempt.getPartResourceId() == null ? 0 : attempt.getPartResourceId();
        return progress.find(attempt.getEnrolmentId(), attempt.getOfferingNodeId(), part);
    }
}
