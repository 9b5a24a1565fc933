package org.ziyuanku.web.api.v1.audit;

import java.util.List;

/** One page of audit records, newest first; {@code page} counts from zero. */
public record AuditRecordPageDto(List<AuditRecordDto> items, int page, int size, long total, int totalPages) {
}
