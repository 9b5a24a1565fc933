package org.ziyuanku.service.audit;

import java.io.Serializable;

/** What one archiving run did: archive files written, audit records moved into them, read notifications removed. */
public record AuditArchiveResult(int files, long records, long notifications) implements Serializable {
}
