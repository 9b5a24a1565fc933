package org.ziyuanku.service.operations;

import java.util.List;

/**
 * Reads recent executions from the Jakarta Batch job repository through the JobOperator of the batch module, which
 * owns the job definitions (it implements this as {@code JobExecutionLister}); services reach it by
 * {@link #JNDI_NAME}.
 */
public interface JobExecutions {

    /** The implementation's name in the application's JNDI namespace. */
    String JNDI_NAME = "java:app/ziyuanku-batch/JobExecutionLister!org.ziyuanku.service.operations.JobExecutions";

    /** The {@code max} newest executions of all jobs, newest first. */
    List<JobExecutionView> recent(int max);
}
