package org.ziyuanku.service.learning.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.learning.AttemptStatus;
import org.ziyuanku.domain.learning.LearningAttempt;

/**
 * Attempt rows. The database's clock ({@code clock_timestamp()}) is the only clock of the credit rule, so every node
 * of the cluster judges beats by the same time; a beat takes its attempt row with {@code for no key update}, so beats
 * of one attempt serialise across nodes (and anomaly rows may still reference the row from their own transaction).
 */
@ApplicationScoped
public class LearningAttemptRepository {

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    /** The database's clock now. */
    public LocalDateTime databaseNow() {
        return time(em.createNativeQuery("select cast(clock_timestamp() as timestamp)").getSingleResult());
    }

    /**
     * Locks the attempt row and answers the database's clock at that moment; empty when there is no such attempt.
     * Load the entity with {@link #find} afterwards.
     */
    public Optional<LocalDateTime> lockWithClock(long attemptId) {
        List<?> rows = em.createNativeQuery("select cast(clock_timestamp() as timestamp) from learning_attempt"
                + " where id = ?1 for no key update").setParameter(1, attemptId).getResultList();
        return rows.stream().findFirst().map(LearningAttemptRepository::time);
    }

    public LearningAttempt find(long attemptId) {
        return em.find(LearningAttempt.class, attemptId);
    }

    /** The learner's OPEN attempts (at most one), locked. */
    public List<LearningAttempt> openOf(long learnerId) {
        return em.createQuery("select a from LearningAttempt a where a.learnerId = :learner and a.status = :open",
                LearningAttempt.class).setParameter("learner", learnerId).setParameter("open", AttemptStatus.OPEN)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    public void add(LearningAttempt attempt) {
        em.flush();
        em.persist(attempt);
        em.flush();
    }

    private static LocalDateTime time(Object value) {
        return value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }
}
