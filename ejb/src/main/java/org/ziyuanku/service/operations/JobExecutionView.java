package org.ziyuanku.service.operations;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One execution from the Jakarta Batch job repository: job name, start, end, batch status and exit status. */
public record JobExecutionView(long id, String jobName, LocalDateTime startedAt, LocalDateTime endedAt,
        String batchStatus, String exitStatus) implements Serializable {
}
