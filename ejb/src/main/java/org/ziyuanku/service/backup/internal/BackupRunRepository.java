package org.ziyuanku.service.backup.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.system.BackupOutcome;
import org.ziyuanku.domain.system.BackupRun;

/** Stores and pages backup runs. */
@ApplicationScoped
public class BackupRunRepository {

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    public void add(BackupRun run) {
        em.persist(run);
    }

    public Optional<BackupRun> find(long id) {
        return Optional.ofNullable(em.find(BackupRun.class, id));
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
