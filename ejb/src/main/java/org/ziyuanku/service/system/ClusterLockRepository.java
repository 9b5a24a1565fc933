package org.ziyuanku.service.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.ziyuanku.domain.system.ClusterLock;

/** Locks a named {@link ClusterLock} row for the rest of the current transaction. */
@ApplicationScoped
public class ClusterLockRepository {

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    /**
     * Blocks until this transaction holds the named lock. Other nodes asking for it wait until this transaction
     * ends. The lock row is created by a migration.
     */
    public void lock(String name) {
        ClusterLock lock = em.find(ClusterLock.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (lock == null) {
            throw new IllegalStateException("no cluster lock named " + name);
        }
        lock.markAcquired();
    }
}
