package org.ziyuanku.web.api.v1.review;

import java.util.List;
import java.util.Locale;
import org.ziyuanku.service.review.SensitiveWordImportReport;
import org.ziyuanku.web.faces.MessageBundle;

/** The outcome of an import: words stored, or every bad line (line 0: the import as a whole) with nothing stored. */
public record SensitiveWordImportReportDto(boolean accepted, int imported, List<LineDto> errors) {

    /** One bad line, explained in the caller's language. */
    public record LineDto(int line, String message) {
    }

    static SensitiveWordImportReportDto of(SensitiveWordImportReport report, Locale locale) {
        return new SensitiveWordImportReportDto(report.accepted(), report.imported(), report.errors().stream()
                .map(e -> new LineDto(e.line(), MessageBundle.text(locale, e.key(), e.args().toArray()))).toList());
    }
}
