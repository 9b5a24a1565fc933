package org.ziyuanku.service.learning;

/**
 * Starts the weekly-progress-report batch job, whose definition lives in the batch module (which implements this as
 * {@code WeeklyReportJobStarter}); reached by {@link #JNDI_NAME}.
 */
public interface LearningReportJobs {

    /** The implementation's name in the application's JNDI namespace. */
    String JNDI_NAME = "java:app/ziyuanku-batch/WeeklyReportJobStarter!org.ziyuanku.service.learning.LearningReportJobs";

    /**
     * Starts the job for the week beginning on {@code weekStart} (an ISO date; null or blank: this week's Monday) and
     * returns the job execution id.
     */
    long start(String weekStart);

    /** The batch status of the execution (STARTED, COMPLETED, FAILED …). */
    String status(long executionId);
}
