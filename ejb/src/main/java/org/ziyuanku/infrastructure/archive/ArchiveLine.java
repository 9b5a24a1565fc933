package org.ziyuanku.infrastructure.archive;

import java.time.LocalDateTime;

/** One audit record as an archive file keeps it: every field, the chain hashes included. */
public record ArchiveLine(long id, LocalDateTime occurredAt, String actor, String actorRoles, String scope,
        String sourceIp, String action, String target, String outcome, String detail, String previousHash,
        String recordHash) {
}
