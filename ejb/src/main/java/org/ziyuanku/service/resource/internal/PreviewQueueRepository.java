package org.ziyuanku.service.resource.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.service.resource.PreviewJob;

/**
 * The resources waiting for their converted preview, claimed one at a time with {@code FOR UPDATE SKIP LOCKED} so
 * two nodes never take the same one; a claim older than 30 minutes (its node died) is taken over.
 */
@ApplicationScoped
public class PreviewQueueRepository {

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    /** Marks the next waiting resource as converting, in the current transaction, and answers its job. */
    public Optional<PreviewJob> claimNext() {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select id, blob_sha256, format from teaching_resource"
                + " where preview_status = 'PENDING' or (preview_status = 'CONVERTING'"
                + " and preview_claimed_at < current_timestamp - interval '30 minutes')"
                + " order by id limit 1 for update skip locked", Tuple.class).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Tuple row = rows.get(0);
        PreviewJob job = new PreviewJob(row.get("id", Number.class).longValue(), row.get("blob_sha256", String.class),
                row.get("format", String.class));
        em.createNativeQuery("update teaching_resource set preview_status = 'CONVERTING',"
                + " preview_claimed_at = current_timestamp where id = ?1").setParameter(1, job.resourceId())
                .executeUpdate();
        return Optional.of(job);
    }
}
