package org.ziyuanku.web.api.v1.resource;

import java.util.List;
import java.util.Locale;
import org.ziyuanku.service.resource.BulkUploadItem;
import org.ziyuanku.service.resource.BulkUploadReport;
import org.ziyuanku.web.faces.MessageBundle;

/** The per-file report of a bulk upload, each refusal explained in the caller's language. */
public record BulkUploadReportDto(long accepted, long rejected, boolean metadataSheetUsed, List<ItemDto> items) {

    /** One file: accepted as a resource, or refused with the reason. */
    public record ItemDto(String path, boolean accepted, Long resourceId, String kind, String courseName,
            String moduleName, String message) {
    }

    static BulkUploadReportDto of(BulkUploadReport report, Locale locale) {
        return new BulkUploadReportDto(report.acceptedCount(), report.rejectedCount(), report.metadataSheetUsed(),
                report.items().stream().map(i -> item(i, locale)).toList());
    }

    private static ItemDto item(BulkUploadItem i, Locale locale) {
        return new ItemDto(i.path(), i.accepted(), i.resourceId(), i.kind(), i.courseName(), i.moduleName(),
                i.accepted() ? null : MessageBundle.text(locale, i.reasonKey(), (Object[]) i.reasonArgs()));
    }
}
