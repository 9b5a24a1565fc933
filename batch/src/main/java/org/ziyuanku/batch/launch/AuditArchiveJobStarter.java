package org.ziyuanku.batch.launch;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import java.util.Properties;
import org.ziyuanku.service.audit.AuditArchiveJobs;

/** Starts the audit-archive job for callers outside this module, which cannot see its job definition. */
@Stateless
@Local(AuditArchiveJobs.class)
public class AuditArchiveJobStarter implements AuditArchiveJobs {

    static final String JOB = "audit-archive";

    @Override
    public long start(String now) {
        Properties parameters = new Properties();
        if (now != null && !now.isBlank()) {
            parameters.setProperty("now", now.strip());
        }
        return BatchRuntime.getJobOperator().start(JOB, parameters);
    }

    @Override
    public String status(long executionId) {
        return String.valueOf(BatchRuntime.getJobOperator().getJobExecution(executionId).getBatchStatus());
    }
}
