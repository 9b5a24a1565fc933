package org.ziyuanku.batch.launch;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import java.util.Properties;
import org.ziyuanku.service.learning.LearningReportJobs;

/** Starts the weekly-progress-report job for callers outside this module, which cannot see its job definition. */
@Stateless
@Local(LearningReportJobs.class)
public class WeeklyReportJobStarter implements LearningReportJobs {

    static final String JOB = "weekly-progress-report";

    @Override
    public long start(String weekStart) {
        Properties parameters = new Properties();
        if (weekStart != null && !weekStart.isBlank()) {
            parameters.setProperty("week", weekStart.strip());
        }
        return BatchRuntime.getJobOperator().start(JOB, parameters);
    }

    @Override
    public String status(long executionId) {
        return String.valueOf(BatchRuntime.getJobOperator().getJobExecution(executionId).getBatchStatus());
    }
}
