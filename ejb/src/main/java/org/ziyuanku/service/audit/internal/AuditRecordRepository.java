package org.ziyuanku.service.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.ziyuanku.domain.audit.AuditRecord;

/** Appends and reads audit records in id order; never updates or deletes. */
@ApplicationScoped
public class AuditRecordRepository {

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    /** The hash of the newest record, or the genesis hash when there is none. */
    public String lastHash() {
        List<String> hashes = em.createQuery("select a.recordHash from AuditRecord a order by a.id desc", String.class)
                .setMaxResults(1).getResultList();
        return hashes.isEmpty() ? AuditRecord.GENESIS : hashes.get(0);
    }

    public void append(AuditRecord record) {
        em.persist(record);
    }

    /** Up to {@code max} records with an id above {@code afterId}, oldest first. */
    public List<AuditRecord> batchAfter(long afterId, int max) {
        return em.createQuery("select a from AuditRecord a where a.id > :after order by a.id", AuditRecord.class)
                .setParameter("after", afterId).setMaxResults(max).getResultList();
    }

    public void clear() {
        em.clear();
    }
}
