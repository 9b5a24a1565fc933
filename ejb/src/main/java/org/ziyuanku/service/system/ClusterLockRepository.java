package org.ziyuanku.service.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ziyuanku.domain.system.ClusterLock;
import org.ziyuanku.service.system.internal.ClusterLockRows;

/**
 * The kernel's published cluster lock: locks a named {@link ClusterLock} row for the rest of the current transaction
 * (the row itself is read by the internal {@link ClusterLockRows}, as every service reaches the database through an
 * internal repository).
 */
@ApplicationScoped
public class ClusterLockRepository {

    @Inject
    private ClusterLockRows rows;

    /**
     * Blocks until this transaction holds the named lock. Other nodes asking for it wait until this transaction
     * ends. The lock row is created by a migration.
     */
    public void lock(String name) {
        ClusterLock lock = rows.lockFor(name).orElseThrow(() -> new IllegalStateException("no cluster lock named "
                + name));
        lock.markAcquired();
    }
}
