package org.ziyuanku.service.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.ziyuanku.domain.audit.AuditRecord;
import org.ziyuanku.service.audit.AuditRecordView;
import org.ziyuanku.service.audit.AuditSearchQuery;
import org.ziyuanku.service.system.LikePattern;

/** Appends and reads audit records; never updates or deletes. Searches return views, newest (highest id) first. */
@ApplicationScoped
public class AuditRecordRepository {

    private static final String VIEW = "select new org.ziyuanku.service.audit.AuditRecordView(a.id, a.occurredAt,"
            + " a.actor, a.actorRoles, a.scope, a.sourceIp, a.action, a.target, a.outcome, a.detail)";
    private static final String FROM = " from AuditRecord a where 1 = 1";
    private static final String NEWEST_FIRST = " order by a.id desc";

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

    /** Writes the persistence context's pending changes (the audited action's) to the database. */
    public void flush() {
        em.flush();
    }

    public void clear() {
        em.clear();
    }

    /** The query's page of matching records. */
    public List<AuditRecordView> search(AuditSearchQuery query) {
        return bind(em.createQuery(VIEW + FROM + where(query) + NEWEST_FIRST, AuditRecordView.class), query)
                .setFirstResult(query.page() * query.size()).setMaxResults(query.size()).getResultList();
    }

    public long count(AuditSearchQuery query) {
        return bind(em.createQuery("select count(a)" + FROM + where(query), Long.class), query).getSingleResult();
    }

    /**
     * Up to {@code max} matching records with an id below {@code beforeId}, newest first: a keyset batch, so records
     * appended meanwhile neither shift nor repeat rows. The query's page and size are ignored.
     */
    public List<AuditRecordView> batchBefore(AuditSearchQuery query, long beforeId, int max) {
        return bind(em.createQuery(VIEW + FROM + where(query) + " and a.id < :before" + NEWEST_FIRST,
                AuditRecordView.class), query).setParameter("before", beforeId).setMaxResults(max).getResultList();
    }

    /** The newest {@code max} records of one actor. */
    public List<AuditRecordView> newestOf(String actor, int max) {
        return em.createQuery(VIEW + FROM + " and a.actor = :actor" + NEWEST_FIRST, AuditRecordView.class)
                .setParameter("actor", actor).setMaxResults(max).getResultList();
    }

    private static String where(AuditSearchQuery query) {
        StringBuilder where = new StringBuilder();
        if (query.from() != null) {
            where.append(" and a.occurredAt >= :from");
        }
        if (query.to() != null) {
            where.append(" and a.occurredAt <= :to");
        }
        if (query.actor() != null) {
            where.append(query.actorIsPrefix() ? " and a.actor like :actor escape '!'" : " and a.actor = :actor");
        }
        if (query.action() != null) {
            where.append(" and a.action = :action");
        }
        if (query.outcome() != null) {
            where.append(" and a.outcome = :outcome");
        }
        if (query.target() != null) {
            where.append(" and lower(a.target) like :target escape '!'");
        }
        if (query.text() != null) {
            where.append(" and (lower(a.actor) like :text escape '!' or lower(a.sourceIp) like :text escape '!'"
                    + " or lower(a.action) like :text escape '!' or lower(a.target) like :text escape '!'"
                    + " or lower(a.detail) like :text escape '!')");
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, AuditSearchQuery query) {
        if (query.from() != null) {
            q.setParameter("from", query.from());
        }
        if (query.to() != null) {
            q.setParameter("to", query.to());
        }
        if (query.actor() != null) {
            q.setParameter("actor", query.actorIsPrefix() ? LikePattern.literal(query.actorName()) + "%" : query.actor());
        }
        if (query.action() != null) {
            q.setParameter("action", query.action());
        }
        if (query.outcome() != null) {
            q.setParameter("outcome", query.outcome());
        }
        if (query.target() != null) {
            q.setParameter("target", LikePattern.containing(query.target()));
        }
        if (query.text() != null) {
            q.setParameter("text", LikePattern.containing(query.text()));
        }
        return q;
    }
}
