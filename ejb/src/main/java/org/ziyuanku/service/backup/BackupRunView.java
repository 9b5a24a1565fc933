package org.ziyuanku.service.backup;

import java.time.LocalDateTime;
import org.ziyuanku.domain.system.BackupRun;

/** One backup run as the system administrator sees it in the history. */
public record BackupRunView(long id, String requestedBy, LocalDateTime startedAt, LocalDateTime finishedAt,
        String outcome, Long sizeBytes, String manifestSha256, Integer blobsCopied, Integer blobsLinked,
        String generation, String message) {

    public static BackupRunView of(BackupRun run) {
        return new BackupRunView(run.getId(), run.getRequestedBy(), run.getStartedAt(), run.getFinishedAt(),
                run.getOutcome().name(), run.getSizeBytes(), run.getManifestSha256(), run.getBlobsCopied(),
                run.getBlobsLinked(), run.getGeneration(), run.getMessage());
    }
}
