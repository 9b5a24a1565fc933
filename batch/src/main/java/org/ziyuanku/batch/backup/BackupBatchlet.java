package org.ziyuanku.batch.backup;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.ziyuanku.service.backup.BackupAlreadyRunningException;
import org.ziyuanku.service.backup.BackupRunView;
import org.ziyuanku.service.backup.BackupRunner;

/**
 * Makes one backup: for the run a system administrator opened (job parameter {@code runId}), or, started by the
 * schedule without one, for a run it opens itself; SKIPPED when another node backs up already. The exit status is the
 * run's outcome; a failed run fails the job too, so the job repository shows it.
 */
@Named
@Dependent
public class BackupBatchlet extends AbstractBatchlet {

    static final String SCHEDULER = "scheduler";
    private static final Logger LOG = Logger.getLogger(BackupBatchlet.class.getName());

    @EJB
    private BackupRunner runner;

    @Inject
    private JobContext jobContext;

    @Inject
    @BatchProperty
    private String runId;

    @Override
    public String process() {
        long id;
        if (runId == null || runId.isBlank()) {
            try {
                id = runner.open(SCHEDULER);
            } catch (BackupAlreadyRunningException e) {
                LOG.info("Scheduled backup skipped: another backup is running");
                jobContext.setExitStatus("SKIPPED");
                return "SKIPPED";
            }
        } else {
            id = Long.parseLong(runId.strip());
        }
        BackupRunView run = runner.run(id);
        jobContext.setExitStatus(run.outcome());
        if (!"SUCCESS".equals(run.outcome())) {
            throw new IllegalStateException("backup run " + id + " failed: " + run.message());
        }
        return run.outcome();
    }
}
