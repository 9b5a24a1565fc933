package org.ziyuanku.batch.launch;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import java.util.Properties;
import org.ziyuanku.service.backup.BackupJobs;

/**
 * Starts the backup job for services in the ejb module, which cannot see the job definitions of this module; they
 * look it up by {@link BackupJobs#JNDI_NAME}.
 */
@Stateless
@Local(BackupJobs.class)
public class BackupJobStarter implements BackupJobs {

    static final String JOB = "backup";

    @Override
    public long start(long runId) {
        Properties parameters = new Properties();
        parameters.setProperty("runId", Long.toString(runId));
        return BatchRuntime.getJobOperator().start(JOB, parameters);
    }
}
