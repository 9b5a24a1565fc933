package org.ziyuanku.service.exam;

import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Submits overdue exam attempts every minute on every node ({@link ExamGradingService#submitOverdue}: conditional
 * updates, so nodes running it together submit each attempt once), then, one exam per transaction
 * ({@link ExamPeerSweepService}), hands out the peer grading of exams whose window ended (claimed once) and gives
 * reviewers to the submitted attempts of handed-out exams left without them. A step or an exam that fails is logged
 * and tried again next minute; the others go on. One run at a time per node.
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AttemptDeadlineSweeper {

    private static final Logger LOG = Logger.getLogger(AttemptDeadlineSweeper.class.getName());

    @EJB
    private ExamGradingService grading;

    @EJB
    private ExamPeerSweepService peerSweep;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "0", persistent = false)
    void submitOverdue() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            int submitted = guarded("overdue exam attempts not submitted", grading::submitOverdue, 0);
            if (submitted > 0) {
                LOG.log(Level.INFO, "{0} overdue exam attempts submitted", submitted);
            }
            for (long exam : guarded("exams due for peer grading not read", peerSweep::dueForHandOut,
                    List.<Long>of())) {
                guarded("exam " + exam + ": peer grading not handed out", () -> peerSweep.handOutDue(exam), false);
            }
            for (long exam : guarded("exams awaiting peer reviewers not read", peerSweep::awaitingReviewers,
                    List.<Long>of())) {
                guarded("exam " + exam + ": late attempts not given reviewers", () -> peerSweep.catchUp(exam), 0);
            }
        } finally {
            running.set(false);
        }
    }

    /** The step's answer, or {@code otherwise} when it fails (logged; tried again next minute). */
    private static <T> T guarded(String what, Supplier<T> step, T otherwise) {
        try {
            return step.get();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, what + " this time: " + e.getMessage());
            return otherwise;
        }
    }
}
