package org.ziyuanku.service.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.ziyuanku.domain.audit.AuditFacts;
import org.ziyuanku.domain.audit.AuditRecord;
import org.ziyuanku.service.audit.internal.ArchivedRecords;
import org.ziyuanku.service.audit.internal.AuditArchiveRepository;
import org.ziyuanku.service.audit.internal.AuditRecordRepository;
import org.ziyuanku.service.system.ClusterLockRepository;

/**
 * Appends records to the audit chain and verifies it. Appending runs under the cluster lock "audit-chain", so records
 * from every node form one chain: {@link #record} in its own transaction, so an audited action that later rolls back
 * still leaves its record; {@link #recordWithin} in the caller's, so a success is stored with what succeeded.
 */
@Stateless
public class AuditTrailService {

    private static final int VERIFY_BATCH = 500;

    @Inject
    private ClusterLockRepository locks;

    @Inject
    private AuditRecordRepository records;

    @Inject
    private AuditArchiveRepository archives;

    @Inject
    private ArchivedRecords archivedRecords;

    /**
     * Appends one record chained to the newest one (when every live record has been archived, to the last archive's
     * last record) and returns its id.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long record(AuditFacts facts) {
        locks.lock("audit-chain");
        AuditRecord record = new AuditRecord(facts, lastHash());
        records.append(record);
        return record.getId();
    }

    /** The newest record's hash; when every live record has been archived, the last archive's last hash. */
    private String lastHash() {
        String previous = records.lastHash();
        return AuditRecord.GENESIS.equals(previous)
                ? archives.last().map(AuditArchiveView::lastHash).orElse(previous) : previous;
    }

    /**
     * Appends records chained to the newest one within the caller's transaction: they commit, or roll back, with it.
     * The caller's own changes are flushed first, so a conflict in them ends the transaction before it waits for the
     * chain, and the chain is held only from here to the commit.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void recordWithin(List<AuditFacts> facts) {
        records.flush();
        locks.lock("audit-chain");
        String previous = lastHash();
        for (AuditFacts f : facts) {
            AuditRecord record = new AuditRecord(f, previous);
            records.append(record);
            previous = record.getRecordHash();
        }
    }

    /**
     * Recomputes every record's hash and checks that each names its predecessor's hash, across the archive files
     * first (each file's SHA-256 and signature too) and on into the live table, whose first record names the last
     * archive's last hash. Returns the first record that was altered, or whose predecessor was altered or removed (for
     * a damaged archive file, the first record it holds).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public AuditVerification verify() {
        long[] archived = {0};
        Long brokenArchive = archivedRecords.firstBroken(archived);
        if (brokenArchive != null) {
            return new AuditVerification(archived[0], brokenArchive);
        }
        String expectedPrevious = archives.last().map(AuditArchiveView::lastHash).orElse(AuditRecord.GENESIS);
        long checked = archived[0];
        long lastId = 0;
        List<AuditRecord> batch;
        do {
            batch = records.batchAfter(lastId, VERIFY_BATCH);
            for (AuditRecord record : batch) {
                if (!record.isIntact() || !record.getPreviousHash().equals(expectedPrevious)) {
                    return new AuditVerification(checked, record.getId());
                }
                expectedPrevious = record.getRecordHash();
                lastId = record.getId();
                checked++;
            }
            records.clear();
        } while (batch.size() == VERIFY_BATCH);
        return new AuditVerification(checked, null);
    }
}
