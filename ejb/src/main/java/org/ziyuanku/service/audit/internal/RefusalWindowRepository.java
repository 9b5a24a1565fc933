package org.ziyuanku.service.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Counts each caller's refused requests per minute in {@code audit_refusal_window}, so the limit on audited refusals
 * holds across the cluster's nodes: one upsert per refusal, whose row lock orders concurrent refusals of one caller.
 */
@ApplicationScoped
public class RefusalWindowRepository {

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    /** Counts one more refusal of the caller in the current minute and returns how many there are now. */
    public int countOneMore(String caller) {
        em.createNativeQuery("insert into audit_refusal_window (caller, window_start, refusals)"
                + " values (?1, date_trunc('minute', localtimestamp), 1) on conflict (caller, window_start)"
                + " do update set refusals = audit_refusal_window.refusals + 1").setParameter(1, caller)
                .executeUpdate();
        Number refusals = (Number) em.createNativeQuery("select refusals from audit_refusal_window where caller = ?1"
                + " and window_start = date_trunc('minute', localtimestamp)").setParameter(1, caller)
                .getSingleResult();
        return refusals.intValue();
    }

    /** Forgets the counts of minutes that ended more than an hour ago. */
    public void forgetOldWindows() {
        em.createNativeQuery("delete from audit_refusal_window where window_start < localtimestamp - interval '1 hour'")
                .executeUpdate();
    }
}
