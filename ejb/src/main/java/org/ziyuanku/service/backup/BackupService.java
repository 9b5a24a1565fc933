package org.ziyuanku.service.backup;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.domain.system.PlatformRole;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.backup.internal.BackupRunRecorder;
import org.ziyuanku.service.backup.internal.BackupRunRepository;

/**
 * The system administrator's backups (数据备份): the history of runs and starting one now. Runs in the OIDC virtual
 * security domain (jboss-ejb3.xml) and checks the realm role {@code system-admin} itself; starting is audited
 * (BACKUP_START), and every refused call with outcome DENIED.
 */
@Stateless
@PermitAll
public class BackupService {

    public static final int MAX_PAGE_SIZE = 100;
    private static final String SYSTEM_ADMIN = PlatformRole.SYSTEM_ADMIN.roleName();

    @Inject
    private Caller caller;

    @Inject
    private BackupRunRepository runs;

    @Inject
    private BackupRunRecorder recorder;

    @Inject
    private AuditedCall audited;

    @EJB
    private BackupRunner runner;

    /**
     * One page of the runs, newest first.
     *
     * @throws AccessDeniedException unless the caller is a system administrator
     */
    @Audited(action = "BACKUP_HISTORY", target = "backup-runs", outcomes = AuditOutcome.DENIED)
    public BackupRunPage history(int page, int size) {
        requireSystemAdministrator();
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int pageNo = Math.max(0, page);
        return new BackupRunPage(runs.page(pageNo, pageSize).stream().map(BackupRunView::of).toList(), pageNo,
                pageSize, runs.count());
    }

    /**
     * Opens a run and starts the backup job for it; returns the run's id at once (the job runs on).
     *
     * @throws AccessDeniedException unless the caller is a system administrator
     * @throws BackupAlreadyRunningException when a backup runs already
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Audited(action = "BACKUP_START", target = "backup-runs")
    public long start() {
        requireSystemAdministrator();
        long runId = runner.open(caller.username());
        try {
            jobs().start(runId);
        } catch (RuntimeException e) {
            recorder.failed(runId, "the backup job could not start: " + e);
            throw e;
        }
        audited.target("backup-run:" + runId);
        audited.detail("job started");
        return runId;
    }

    private static BackupJobs jobs() {
        try {
            return InitialContext.doLookup(BackupJobs.JNDI_NAME);
        } catch (NamingException e) {
            throw new IllegalStateException("the backup job starter is not deployed", e);
        }
    }

    private void requireSystemAdministrator() {
        if (!caller.holdsRole(SYSTEM_ADMIN)) {
            throw new AccessDeniedException(caller.username() + " is not " + SYSTEM_ADMIN);
        }
    }
}
