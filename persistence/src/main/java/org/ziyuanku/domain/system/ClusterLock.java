package org.ziyuanku.domain.system;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A named row that a transaction locks (SELECT … FOR UPDATE) so that a one-off task, such as importing the national
 * catalogue when several nodes start at once, runs on one cluster node at a time.
 */
@Entity
@Table(name = "cluster_lock")
public class ClusterLock {

    @Id
    @Column(length = 64)
    private String name;

    @Column(name = "acquired_at")
    private LocalDateTime acquiredAt;

    protected ClusterLock() {
    }

    public String getName() {
        return name;
    }

    public LocalDateTime getAcquiredAt() {
        return acquiredAt;
    }

    public void markAcquired() {
        this.acquiredAt = LocalDateTime.now();
    }
}
