package org.ziyuanku.service.audit;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Optional;
import org.ziyuanku.domain.audit.AuditFacts;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.infrastructure.archive.ArchiveSettings;
import org.ziyuanku.infrastructure.archive.ArchiveSigner;
import org.ziyuanku.service.audit.internal.AuditArchiveRepository;
import org.ziyuanku.service.audit.internal.AuditArchiver;
import org.ziyuanku.service.system.NotificationRetention;

/**
 * Archiving (归档), run by the {@code audit-archive} batch job, no user involved: audit records older than the
 * retention ({@code zyk.audit.retention-days}, at least 180) move, oldest first and in batches, into signed,
 * checksummed archive files (one transaction per file, see {@link AuditArchiver}), and read notifications older than
 * {@code zyk.notification.retention-days} are removed. Each file and the run are audited (AUDIT_ARCHIVE,
 * AUDIT_ARCHIVE_RUN, actor "system"); a failure is audited as FAILURE and fails the job.
 */
@Stateless
public class AuditArchiveService {

    @Inject
    private AuditArchiveRepository archives;

    @Inject
    private AuditArchiver archiver;

    @EJB
    private AuditTrailService auditTrail;

    @EJB
    private NotificationRetention notifications;

    /** Archives what is older than the retention as of {@code now} (the job's clock); returns what it did. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AuditArchiveResult archive(LocalDateTime now) {
        ArchiveSettings settings = ArchiveSettings.fromSystem();
        LocalDateTime cutoff = now.minusDays(settings.retentionDays());
        int files = 0;
        long records = 0;
        try {
            ArchiveSigner signer = ArchiveSigner.of(settings);
            long upTo = archives.lastIdBefore(cutoff);
            for (Optional<AuditArchiveView> a = archiver.archiveBatch(upTo, settings, signer); a.isPresent();
                    a = archiver.archiveBatch(upTo, settings, signer)) {
                files++;
                records += a.get().recordCount();
                audit("AUDIT_ARCHIVE", "audit-archive:" + a.get().fileName(), AuditOutcome.SUCCESS,
                        "records " + a.get().firstId() + ".." + a.get().lastId() + ", sha256="
                                + a.get().fileSha256() + ", key=" + a.get().keySource());
            }
        } catch (IOException | RuntimeException e) {
            audit("AUDIT_ARCHIVE_RUN", "audit-archive", AuditOutcome.FAILURE, "before " + cutoff + ": files=" + files
                    + ", records=" + records + ", " + e.getClass().getSimpleName() + ": " + e.getMessage());
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        int purged = notifications.purgeRead(now.minusDays(settings.notificationDays()));
        audit("AUDIT_ARCHIVE_RUN", "audit-archive", AuditOutcome.SUCCESS, "before " + cutoff + ": files=" + files
                + ", records=" + records + ", read notifications removed=" + purged);
        return new AuditArchiveResult(files, records, purged);
    }

    private void audit(String action, String target, AuditOutcome outcome, String detail) {
        auditTrail.record(AuditFacts.system(action, target, outcome, detail));
    }
}
