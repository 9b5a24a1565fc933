package org.ziyuanku.service.resource;

import java.io.Serializable;
import java.util.List;

/** The per-file report of a bulk upload: every file with what became of it. */
public record BulkUploadReport(List<BulkUploadItem> items, boolean metadataSheetUsed) implements Serializable {

    private static final long serialVersionUID = 1L;

    public long acceptedCount() {
        return items.stream().filter(BulkUploadItem::accepted).count();
    }

    public long rejectedCount() {
        return items.size() - acceptedCount();
    }
}
