package org.ziyuanku.service.backup;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ziyuanku.domain.system.BackupRun;
import org.ziyuanku.infrastructure.backup.BackupSettings;
import org.ziyuanku.infrastructure.backup.GenerationResult;
import org.ziyuanku.infrastructure.backup.GenerationWriter;
import org.ziyuanku.service.backup.internal.BackupRunRecorder;
import org.ziyuanku.service.backup.internal.BackupRunRepository;
import org.ziyuanku.service.system.ClusterLockRepository;

/**
 * Makes backups (the backup batch job calls it; no user is involved): {@link #open} claims the one run allowed at a
 * time in the cluster, under the cluster lock "backup"; {@link #run} writes the generation outside any transaction,
 * however long it takes, and records how it ended. A run still marked RUNNING long after the time limit (its node
 * died) is closed as failed when the next one opens.
 */
@Stateless
public class BackupRunner {

    private static final Logger LOG = Logger.getLogger(BackupRunner.class.getName());
    private static final Duration STALE_MARGIN = Duration.ofHours(1);

    @Inject
    private ClusterLockRepository locks;

    @Inject
    private BackupRunRepository runs;

    @Inject
    private BackupRunRecorder recorder;

    /**
     * Opens a run for {@code requestedBy} (a username, or "scheduler") and returns its id.
     *
     * @throws BackupAlreadyRunningException when another run is under way
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long open(String requestedBy) {
        locks.lock("backup");
        LocalDateTime staleBefore = LocalDateTime.now().minus(BackupSettings.fromSystem().timeout())
                .minus(STALE_MARGIN);
        for (BackupRun running : runs.running()) {
            if (running.getStartedAt().isAfter(staleBefore)) {
                throw new BackupAlreadyRunningException(running.getId());
            }
            running.failed(null, "abandoned: the node running it stopped before it ended");
        }
        return recorder.open(requestedBy);
    }

    /** Writes the generation of an opened run and records the outcome; returns the run as it ended. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public BackupRunView run(long runId) {
        try {
            GenerationResult result = GenerationWriter.write(BackupSettings.fromSystem(), LocalDateTime.now());
            recorder.succeeded(runId, result);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            recorder.failed(runId, "interrupted");
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Backup run " + runId + " failed", e);
            recorder.failed(runId, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return runs.find(runId).map(BackupRunView::of).orElseThrow();
    }
}
