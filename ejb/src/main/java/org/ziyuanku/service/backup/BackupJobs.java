package org.ziyuanku.service.backup;

/**
 * Starts the backup batch job, whose definition lives in the batch module (which implements this as
 * {@code BackupJobStarter}); services reach it by {@link #JNDI_NAME}.
 */
public interface BackupJobs {

    /** The implementation's name in the application's JNDI namespace. */
    String JNDI_NAME = "java:app/ziyuanku-batch/BackupJobStarter!org.ziyuanku.service.backup.BackupJobs";

    /** Starts the job for a run already opened ({@code BackupRunner#open}); returns the job execution id. */
    long start(long runId);
}
