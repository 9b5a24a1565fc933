package org.ziyuanku.service.system.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.ziyuanku.domain.system.ClusterLock;

/** The {@link ClusterLock} rows (created by migrations), read with a pessimistic write lock. */
@ApplicationScoped
public class ClusterLockRows {

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    /** The named lock's row, locked for the rest of the current transaction; empty when there is no such lock. */
    public Optional<ClusterLock> lockFor(String name) {
        return Optional.ofNullable(em.find(ClusterLock.class, name, LockModeType.PESSIMISTIC_WRITE));
    }
}
