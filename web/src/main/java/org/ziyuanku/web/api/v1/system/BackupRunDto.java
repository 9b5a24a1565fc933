package org.ziyuanku.web.api.v1.system;

import java.time.LocalDateTime;
import org.ziyuanku.service.backup.BackupRunView;

/**
 * One backup run: who asked (a username, or "scheduler"), start and end, outcome (RUNNING, SUCCESS, FAILURE), the
 * generation's total bytes and folder, the SHA-256 of its manifest, stored files copied and taken over from the
 * previous generation, and the reason of a failure.
 */
public record BackupRunDto(long id, String requestedBy, LocalDateTime startedAt, LocalDateTime finishedAt,
        String outcome, Long sizeBytes, String manifestSha256, Integer blobsCopied, Integer blobsLinked,
        String generation, String message) {

    static BackupRunDto of(BackupRunView v) {
        return new BackupRunDto(v.id(), v.requestedBy(), v.startedAt(), v.finishedAt(), v.outcome(), v.sizeBytes(),
                v.manifestSha256(), v.blobsCopied(), v.blobsLinked(), v.generation(), v.message());
    }
}
