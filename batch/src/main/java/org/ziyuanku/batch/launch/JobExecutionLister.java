package org.ziyuanku.batch.launch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.ziyuanku.service.operations.JobExecutionView;
import org.ziyuanku.service.operations.JobExecutions;

/**
 * Reads the newest job executions from the job repository through this module's JobOperator, which knows the job
 * definitions; the operations service in the ejb module looks it up by {@link JobExecutions#JNDI_NAME}.
 */
@Stateless
@Local(JobExecutions.class)
public class JobExecutionLister implements JobExecutions {

    @Override
    public List<JobExecutionView> recent(int max) {
        JobOperator operator = BatchRuntime.getJobOperator();
        List<JobExecutionView> executions = new ArrayList<>();
        for (String job : operator.getJobNames()) {
            for (JobInstance instance : operator.getJobInstances(job, 0, max)) {
                for (JobExecution execution : operator.getJobExecutions(instance)) {
                    executions.add(view(job, execution));
                }
            }
        }
        return executions.stream().sorted(Comparator.comparingLong(JobExecutionView::id).reversed()).limit(max)
                .toList();
    }

    private static JobExecutionView view(String job, JobExecution execution) {
        return new JobExecutionView(execution.getExecutionId(), job, time(execution.getStartTime()),
                time(execution.getEndTime()), String.valueOf(execution.getBatchStatus()),
                execution.getExitStatus());
    }

    private static LocalDateTime time(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
    }
}
