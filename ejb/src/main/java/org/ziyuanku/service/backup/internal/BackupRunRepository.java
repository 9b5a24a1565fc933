package org.ziyuanku.service.backup.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.ziyuanku.domain.system.BackupOutcome;
import org.ziyuanku.domain.system.BackupRun;
import org.ziyuanku.service.system.EntityRepository;

/** Stores and pages backup runs. */
@ApplicationScoped
public class BackupRunRepository extends EntityRepository<BackupRun> {

    public BackupRunRepository() {
        super(BackupRun.class);
    }

    /** The runs still marked RUNNING, oldest first. */
    public List<BackupRun> running() {
        return em.createQuery("select r from BackupRun r where r.outcome = :running order by r.startedAt, r.id",
                BackupRun.class).setParameter("running", BackupOutcome.RUNNING).getResultList();
    }

    public long count() {
        return em.createQuery("select count(r) from BackupRun r", Long.class).getSingleResult();
    }

    /** One page, newest first. */
    public List<BackupRun> page(int page, int size) {
        return em.createQuery("select r from BackupRun r order by r.startedAt desc, r.id desc", BackupRun.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
    }
}
