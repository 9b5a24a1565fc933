package org.ziyuanku.web.api.v1.identity;

import java.util.List;
import java.util.Locale;
import org.ziyuanku.service.identity.MemberImportReport;
import org.ziyuanku.web.faces.MessageBundle;

/**
 * The outcome of an invitation or an import: the user names created, and every bad row (row 0: the file or the
 * single invitation) explained in the caller's language. {@code partial} when Keycloak failed midway and only the
 * users in {@code created} exist.
 */
public record MemberImportReportDto(boolean accepted, boolean partial, List<String> created, List<RowDto> errors) {

    /** One bad row, explained in the caller's language. */
    public record RowDto(int row, String message) {
    }

    static MemberImportReportDto of(MemberImportReport report, Locale locale) {
        return new MemberImportReportDto(report.accepted(), report.partial(), report.created(), report.errors().stream()
                .map(e -> new RowDto(e.row(), MessageBundle.text(locale, e.key(), e.args().toArray()))).toList());
    }
}
