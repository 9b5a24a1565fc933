package org.ziyuanku.service.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.audit.AuditRecord;
import org.ziyuanku.service.audit.AuditArchiveView;
import org.ziyuanku.service.system.NativeRows;

/**
 * The rows of audit_archive (added, never changed but for the count of records deleted) and the two steps on the live
 * table that archiving needs: finding the oldest records and removing an archive's records through
 * {@code audit_record_archive_delete} (V20), the only way to delete audit records.
 */
@ApplicationScoped
public class AuditArchiveRepository {

    private static final String COLUMNS = "select id, created_at, period_from, period_to, first_id, last_id,"
            + " first_previous_hash, first_hash, last_hash, record_count, file_name, file_sha256, signature,"
            + " key_source from audit_archive";

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    /** The highest id of the prefix of the chain whose records all happened before {@code cutoff} (0: none). */
    public long lastIdBefore(LocalDateTime cutoff) {
        Number newer = (Number) em.createNativeQuery("select min(id) from audit_record where occurred_at >= ?1")
                .setParameter(1, Timestamp.valueOf(cutoff)).getSingleResult();
        Number max = (Number) em.createNativeQuery("select coalesce(max(id), 0) from audit_record").getSingleResult();
        return newer == null ? max.longValue() : newer.longValue() - 1;
    }

    /** Up to {@code max} of the oldest live records with an id up to {@code upTo}, oldest first. */
    public List<AuditRecord> oldest(long upTo, int max) {
        return em.createQuery("select a from AuditRecord a where a.id <= :upTo order by a.id", AuditRecord.class)
                .setParameter("upTo", upTo).setMaxResults(max).getResultList();
    }

    /** The newest archive, whose last hash the first live record names. */
    public Optional<AuditArchiveView> last() {
        return rows(COLUMNS + " order by first_id desc", 1).stream().findFirst();
    }

    /** Every archive, oldest first. */
    public List<AuditArchiveView> all() {
        return rows(COLUMNS + " order by first_id", Integer.MAX_VALUE);
    }

    /** Adds the archive's row and returns its id. */
    public long add(AuditArchiveView a) {
        long id = ((Number) em.createNativeQuery("select nextval('audit_archive_seq')").getSingleResult()).longValue();
        em.createNativeQuery("insert into audit_archive (id, created_at, period_from, period_to, first_id, last_id,"
                + " first_previous_hash, first_hash, last_hash, record_count, file_name, file_sha256, signature,"
                + " key_source) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)")
                .setParameter(1, id).setParameter(2, Timestamp.valueOf(a.createdAt()))
                .setParameter(3, Timestamp.valueOf(a.periodFrom())).setParameter(4, Timestamp.valueOf(a.periodTo()))
                .setParameter(5, a.firstId()).setParameter(6, a.lastId()).setParameter(7, a.firstPreviousHash())
                .setParameter(8, a.firstHash()).setParameter(9, a.lastHash()).setParameter(10, a.recordCount())
                .setParameter(11, a.fileName()).setParameter(12, a.fileSha256()).setParameter(13, a.signature())
                .setParameter(14, a.keySource()).executeUpdate();
        return id;
    }

    /** Deletes the live records the archive covers (all of them or none); returns how many. */
    public long deleteArchived(long archiveId) {
        em.flush();
        em.clear();
        return ((Number) em.createNativeQuery("select audit_record_archive_delete(?1)").setParameter(1, archiveId)
                .getSingleResult()).longValue();
    }

    private List<AuditArchiveView> rows(String sql, int max) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(sql, Tuple.class).setMaxResults(max).getResultList();
        return rows.stream().map(AuditArchiveRepository::view).toList();
    }

    /** A row read by its column names. */
    private static AuditArchiveView view(Tuple r) {
        return new AuditArchiveView(number(r, "id"), NativeRows.time(r.get("created_at")),
                NativeRows.time(r.get("period_from")), NativeRows.time(r.get("period_to")), number(r, "first_id"),
                number(r, "last_id"),
                r.get("first_previous_hash", String.class), r.get("first_hash", String.class),
                r.get("last_hash", String.class), number(r, "record_count"), r.get("file_name", String.class),
                r.get("file_sha256", String.class), r.get("signature", String.class),
                r.get("key_source", String.class));
    }

    private static long number(Tuple r, String column) {
        return NativeRows.number(r.get(column));
    }
}
