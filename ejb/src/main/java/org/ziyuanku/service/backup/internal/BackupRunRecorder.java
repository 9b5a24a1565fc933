package org.ziyuanku.service.backup.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import org.ziyuanku.domain.audit.AuditFacts;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.domain.system.PlatformRole;
import org.ziyuanku.domain.identity.ScopeType;
import org.ziyuanku.domain.system.BackupRun;
import org.ziyuanku.infrastructure.backup.GenerationResult;
import org.ziyuanku.service.audit.AuditTrailService;
import org.ziyuanku.service.identity.Accounts;
import org.ziyuanku.service.system.NotificationCommand;
import org.ziyuanku.service.system.Notifier;

/**
 * Records how a backup run ended, each in its own transaction: the run row, the audit record (action BACKUP_RUN,
 * actor "system"), and on failure a notification to every system administrator.
 */
@ApplicationScoped
public class BackupRunRecorder {

    static final String ACTION = "BACKUP_RUN";
    static final String FAILED_KEY = "notification.system.backupFailed";

    @Inject
    private BackupRunRepository runs;

    @Inject
    private AuditTrailService auditTrail;

    @Inject
    private Accounts grants;

    @Inject
    private Notifier notifier;

    /** The run wrote its generation. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(long runId, GenerationResult result) {
        BackupRun run = runs.find(runId).orElseThrow();
        run.succeeded(result.generation().toString(), result.size(), result.manifestSha256(), result.blobsCopied(),
                result.blobsLinked());
        audit(run, AuditOutcome.SUCCESS, "size=" + result.size() + ", copied=" + result.blobsCopied() + ", linked="
                + result.blobsLinked() + ", manifest=" + result.manifestSha256());
    }

    /** The run failed for {@code reason}; the system administrators are told. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long runId, String reason) {
        BackupRun run = runs.find(runId).orElseThrow();
        run.failed(null, reason);
        audit(run, AuditOutcome.FAILURE, reason);
        List<Long> administrators = grants.holderIds(PlatformRole.SYSTEM_ADMIN.roleName(), ScopeType.PLATFORM, 0);
        notifier.notify(new NotificationCommand(new HashSet<>(administrators), FAILED_KEY,
                List.of(Long.toString(runId), run.getMessage() == null ? "" : run.getMessage()), null));
    }

    /** Opens a run asked for by {@code requestedBy}, in the caller's transaction; returns its id. */
    public long open(String requestedBy) {
        BackupRun run = new BackupRun(requestedBy, LocalDateTime.now());
        runs.add(run);
        return run.getId();
    }

    private void audit(BackupRun run, AuditOutcome outcome, String detail) {
        auditTrail.record(AuditFacts.system(ACTION, "backup-run:" + run.getId(),
                outcome, "requestedBy=" + run.getRequestedBy() + ", " + detail));
    }
}
