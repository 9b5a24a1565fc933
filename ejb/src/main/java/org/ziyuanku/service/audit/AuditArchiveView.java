package org.ziyuanku.service.audit;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One audit archive file as its row records it: the period and id range, the chain hashes at both ends, the number of
 * records, the file's name and SHA-256, its HMAC-SHA256 signature and where the key came from.
 */
public record AuditArchiveView(long id, LocalDateTime createdAt, LocalDateTime periodFrom, LocalDateTime periodTo,
        long firstId, long lastId, String firstPreviousHash, String firstHash, String lastHash, long recordCount,
        String fileName, String fileSha256, String signature, String keySource) implements Serializable {

    /** What the signature covers: every field of the row but its id, creation time and the signature itself. */
    public String statement() {
        return String.join("|", "zyk-audit-archive-v1", periodFrom.toString(), periodTo.toString(),
                Long.toString(firstId), Long.toString(lastId), firstPreviousHash, firstHash, lastHash,
                Long.toString(recordCount), fileName, fileSha256);
    }
}
