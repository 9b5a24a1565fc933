package org.ziyuanku.service.exam;

import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Submits overdue exam attempts every minute on every node ({@link ExamGradingService#submitOverdue}: conditional
 * updates, so nodes running it together submit each attempt once), then hands out the peer grading of exams whose
 * window ended ({@link ExamPeerGradingService#handOutDue}: claimed once). One run at a time per node.
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AttemptDeadlineSweeper {

    private static final Logger LOG = Logger.getLogger(AttemptDeadlineSweeper.class.getName());

    @EJB
    private ExamGradingService grading;

    @EJB
    private ExamPeerGradingService peerGrading;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "0", persistent = false)
    void submitOverdue() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            int submitted = grading.submitOverdue();
            if (submitted > 0) {
                LOG.log(Level.INFO, "{0} overdue exam attempts submitted", submitted);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "overdue exam attempts not submitted this time: " + e.getMessage());
        }
        try {
            peerGrading.handOutDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "exam peer grading not handed out this time: " + e.getMessage());
        } finally {
            running.set(false);
        }
    }
}
