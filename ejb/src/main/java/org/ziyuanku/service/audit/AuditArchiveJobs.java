package org.ziyuanku.service.audit;

/**
 * Starts the audit-archive batch job, whose definition lives in the batch module (which implements this as
 * {@code AuditArchiveJobStarter}); reached by {@link #JNDI_NAME}.
 */
public interface AuditArchiveJobs {

    /** The implementation's name in the application's JNDI namespace. */
    String JNDI_NAME = "java:app/ziyuanku-batch/AuditArchiveJobStarter!org.ziyuanku.service.audit.AuditArchiveJobs";

    /**
     * Starts the job as of {@code now} (an ISO date-time, the job's clock; null or blank: the present) and returns
     * the job execution id.
     */
    long start(String now);

    /** The batch status of the execution (STARTED, COMPLETED, FAILED …). */
    String status(long executionId);
}
