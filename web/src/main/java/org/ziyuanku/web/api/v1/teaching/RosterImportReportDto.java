package org.ziyuanku.web.api.v1.teaching;

import java.util.List;
import org.ziyuanku.service.teaching.RosterImportReport;
import org.ziyuanku.service.teaching.RosterRowResult;

/** The per-row report of a class roster import: ENROLLED, ALREADY, PENDING or INVALID per row, and counts. */
public record RosterImportReportDto(int enrolled, int pending, int invalid, List<Row> rows) {

    /** One row of the sheet and what became of it. */
    public record Row(int row, String studentNo, String name, String outcome) {
    }

    static RosterImportReportDto of(RosterImportReport r) {
        return new RosterImportReportDto(r.enrolled(), r.pending(), r.invalid(), r.rows().stream()
                .map((RosterRowResult x) -> new Row(x.row(), x.studentNo(), x.name(), x.outcome())).toList());
    }
}
