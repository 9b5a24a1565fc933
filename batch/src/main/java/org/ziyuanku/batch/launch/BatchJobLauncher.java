package org.ziyuanku.batch.launch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import java.util.Properties;
import java.util.Set;

/**
 * Starts the platform's batch jobs by name and reports their state. Jobs must be started through this bean because
 * the job definitions live in this module.
 */
@Stateless
public class BatchJobLauncher {

    /** The jobs that may be started; anything else is refused. */
    public static final Set<String> JOBS = Set.of("catalogue-import", "resource-housekeeping", "identity-events",
            "admin-password-expiry");

    /** Starts the job and returns its execution id. */
    public long start(String jobName) {
        if (!JOBS.contains(jobName)) {
            throw new IllegalArgumentException("unknown job " + jobName);
        }
        return operator().start(jobName, new Properties());
    }

    /** Batch status and exit status of one execution, such as "COMPLETED/UNCHANGED". */
    public JobState state(long executionId) {
        JobExecution execution = operator().getJobExecution(executionId);
        return new JobState(execution.getJobName(), execution.getBatchStatus().name(), execution.getExitStatus());
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
