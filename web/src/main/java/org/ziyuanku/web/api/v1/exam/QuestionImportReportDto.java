package org.ziyuanku.web.api.v1.exam;

import java.util.List;
import java.util.Locale;
import org.ziyuanku.service.exam.QuestionImportOutcome;
import org.ziyuanku.service.exam.QuestionImportReport;
import org.ziyuanku.service.exam.QuestionImportRow;
import org.ziyuanku.web.faces.MessageBundle;

/**
 * The per-question report of an import, each problem explained in the caller's language; {@code committed} false
 * when an all-or-nothing import stored nothing.
 */
public record QuestionImportReportDto(String format, boolean allOrNothing, boolean committed, long stored,
        long rejected, long duplicates, List<RowDto> rows) {

    /** One question of the file: what became of it, and why when it was not stored. */
    public record RowDto(int position, String label, String outcome, Long questionId, Long duplicateOf,
            String message) {
    }

    static QuestionImportReportDto of(QuestionImportReport report, Locale locale) {
        return new QuestionImportReportDto(report.format().name(), report.allOrNothing(), report.committed(),
                report.stored(), report.count(QuestionImportOutcome.REJECTED),
                report.count(QuestionImportOutcome.DUPLICATE),
                report.rows().stream().map(r -> row(r, locale)).toList());
    }

    private static RowDto row(QuestionImportRow row, Locale locale) {
        String message = row.problemKey() == null ? null
                : MessageBundle.text(locale, row.problemKey(), row.problemArgs().toArray());
        return new RowDto(row.position(), row.label(), row.outcome().name(), row.questionId(), row.duplicateOf(),
                message);
    }
}
