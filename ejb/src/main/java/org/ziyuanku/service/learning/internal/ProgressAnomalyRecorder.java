package org.ziyuanku.service.learning.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ziyuanku.domain.learning.AnomalyReason;
import org.ziyuanku.domain.learning.ProgressAnomaly;

/**
 * Writes a refused progress claim as a {@code progress_anomaly} row in a transaction of its own, so the row survives
 * the refusal's rollback, and logs a WARNING on {@value #LOGGER}, at most {@value #WARNINGS_PER_MINUTE} a minute per
 * node (a scripted client must not flood the log); the rest are counted in the next warning. Not the audit chain: its
 * cluster lock would serialise every heartbeat.
 */
@Stateless
public class ProgressAnomalyRecorder {

    static final String LOGGER = "org.ziyuanku.learning.forgery";
    private static final Logger LOG = Logger.getLogger(LOGGER);
    private static final int WARNINGS_PER_MINUTE = 20;
    private static final AtomicLong MINUTE = new AtomicLong();
    private static final AtomicInteger WARNED = new AtomicInteger();
    private static final AtomicInteger SUPPRESSED = new AtomicInteger();

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(long learnerId, Long attemptId, AnomalyReason reason, String detail, String sourceAddress) {
        em.persist(new ProgressAnomaly(learnerId, attemptId, reason, detail, sourceAddress));
        warn(learnerId, attemptId, reason, detail, sourceAddress);
    }

    private static void warn(long learnerId, Long attemptId, AnomalyReason reason, String detail, String address) {
        long minute = System.currentTimeMillis() / 60_000;
        if (MINUTE.getAndSet(minute) != minute) {
            WARNED.set(0);
        }
        if (WARNED.incrementAndGet() > WARNINGS_PER_MINUTE) {
            SUPPRESSED.incrementAndGet();
            return;
        }
        int suppressed = SUPPRESSED.getAndSet(0);
        LOG.log(Level.WARNING, "Progress claim refused: {0} learner={1} attempt={2} from={3} ({4}){5}",
                new Object[] {reason, learnerId, attemptId, address, detail,
                    suppressed > 0 ? "; " + suppressed + " more not logged" : ""});
    }
}
