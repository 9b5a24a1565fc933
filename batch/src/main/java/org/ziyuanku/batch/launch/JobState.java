package org.ziyuanku.batch.launch;

import java.io.Serializable;

/** The state of one job execution: its name, batch status (STARTED, COMPLETED, FAILED…) and exit status. */
public record JobState(String jobName, String batchStatus, String exitStatus) implements Serializable {

    public boolean isFinished() {
        return "COMPLETED".equals(batchStatus) || "FAILED".equals(batchStatus) || "STOPPED".equals(batchStatus)
                || "ABANDONED".equals(batchStatus);
    }
}
