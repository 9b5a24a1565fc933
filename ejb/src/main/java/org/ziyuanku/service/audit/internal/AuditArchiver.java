package org.ziyuanku.service.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.audit.AuditRecord;
import org.ziyuanku.infrastructure.archive.ArchiveFile;
import org.ziyuanku.infrastructure.archive.ArchiveLine;
import org.ziyuanku.infrastructure.archive.ArchiveSettings;
import org.ziyuanku.infrastructure.archive.ArchiveSigner;
import org.ziyuanku.service.audit.AuditArchiveView;
import org.ziyuanku.service.system.ClusterLockRepository;

/**
 * Moves one batch of the oldest audit records into an archive file, in one transaction under the cluster locks
 * "audit-archive" and "audit-chain" (no record is being appended meanwhile): checks that the batch continues the
 * chain from the last archive, writes the file, reads it back and compares every record, signs it, adds its row and
 * only then deletes the records it holds. Any failure rolls the row and the deletion back; the file is removed.
 */
@ApplicationScoped
public class AuditArchiver {

    public static final int BATCH = 5000;

    @Inject
    private ClusterLockRepository locks;

    @Inject
    private AuditArchiveRepository archives;

    /** Archives up to {@value #BATCH} records with ids up to {@code upTo}; empty when there are none left. */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public Optional<AuditArchiveView> archiveBatch(long upTo, ArchiveSettings settings, ArchiveSigner signer)
            throws IOException {
        locks.lock("audit-archive");
        locks.lock("audit-chain");
        List<AuditRecord> batch = archives.oldest(upTo, BATCH);
        if (batch.isEmpty()) {
            return Optional.empty();
        }
        String previous = archives.last().map(AuditArchiveView::lastHash).orElse(AuditRecord.GENESIS);
        List<ArchiveLine> lines = chained(batch, previous);
        AuditRecord first = batch.get(0);
        AuditRecord last = batch.get(batch.size() - 1);
        String name = String.format("audit-%012d-%012d.jsonl.gz", first.getId(), last.getId());
        Path file = ArchiveFile.write(settings.directory(), name, lines);
        try {
            if (!ArchiveFile.read(file).equals(lines)) {
                throw new IOException("the archive file " + file + " does not read back as written");
            }
            AuditArchiveView unsigned = new AuditArchiveView(0, LocalDateTime.now(), first.getOccurredAt(),
                    last.getOccurredAt(), first.getId(), last.getId(), previous, first.getRecordHash(),
                    last.getRecordHash(), lines.size(), name, ArchiveFile.sha256(file), "", signer.source());
            AuditArchiveView signed = withSignature(unsigned, signer.sign(unsigned.statement()));
            long id = archives.add(signed);
            long deleted = archives.deleteArchived(id);
            if (deleted != lines.size()) {
                throw new IllegalStateException("archive " + id + " deleted " + deleted + " of " + lines.size());
            }
            return Optional.of(signed);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** The records as archive lines, after checking each is intact and names its predecessor. */
    private static List<ArchiveLine> chained(List<AuditRecord> batch, String previous) {
        String expected = previous;
        for (AuditRecord r : batch) {
            if (!r.isIntact() || !r.getPreviousHash().equals(expected)) {
                throw new IllegalStateException("the audit chain is broken at record " + r.getId()
                        + "; nothing is archived until the audit administrator has looked into it");
            }
            expected = r.getRecordHash();
        }
        return batch.stream().map(AuditArchiver::line).toList();
    }

    static ArchiveLine line(AuditRecord r) {
        return new ArchiveLine(r.getId(), r.getOccurredAt(), r.getActor(), r.getActorRoles(), r.getScope(),
                r.getSourceIp(), r.getAction(), r.getTarget(), r.getOutcome().name(), r.getDetail(),
                r.getPreviousHash(), r.getRecordHash());
    }

    private static AuditArchiveView withSignature(AuditArchiveView a, String signature) {
        return new AuditArchiveView(a.id(), a.createdAt(), a.periodFrom(), a.periodTo(), a.firstId(), a.lastId(),
                a.firstPreviousHash(), a.firstHash(), a.lastHash(), a.recordCount(), a.fileName(), a.fileSha256(),
                signature, a.keySource());
    }
}
