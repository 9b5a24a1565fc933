package org.ziyuanku.service.audit;

import java.io.Serializable;
import java.util.List;

/** One page of audit records, newest first; {@code page} counts from zero. */
public record AuditRecordPage(List<AuditRecordView> items, int page, int size, long total) implements Serializable {

    public AuditRecordPage {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }
}
