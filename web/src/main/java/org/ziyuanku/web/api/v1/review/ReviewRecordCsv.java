package org.ziyuanku.web.api.v1.review;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ziyuanku.service.audit.CsvCells;
import org.ziyuanku.service.review.ReviewRecordView;
import org.ziyuanku.service.review.ReviewStepView;
import org.ziyuanku.web.faces.MessageBundle;

/**
 * A review record as CSV for a library's acceptance files (UTF-8 with a byte-order mark for Excel): one line per step,
 * headers and actions in the caller's language, cells that would start a formula neutralised.
 */
public final class ReviewRecordCsv {

    private static final List<String> COLUMNS = List.of("resource", "version", "level", "action", "actor", "username",
            "role", "unit", "time", "comment", "reasons", "sha256", "metadataSha256");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ReviewRecordCsv() {
    }

    public static String of(ReviewRecordView record, Locale locale) {
        StringBuilder csv = new StringBuilder().append(CsvCells.BYTE_ORDER_MARK);
        csv.append(CsvCells.line(COLUMNS.stream().map(c -> MessageBundle.text(locale, "review.record.column." + c))
                .toList()));
        for (ReviewStepView s : record.steps()) {
            String reasons = s.fieldReasons().entrySet().stream().map(e -> MessageBundle.text(locale,
                    "enum.ReviewedField." + e.getKey()) + ": " + e.getValue()).collect(Collectors.joining("; "));
            csv.append(CsvCells.line(List.of(record.title(), String.valueOf(s.subjectVersion()),
                    String.valueOf(s.level()), MessageBundle.text(locale, "enum.ReviewAction." + s.action()),
                    s.actorName(), s.username(), s.role(), s.unit() == null ? "" : s.unit(), TIME.format(s.actedAt()),
                    s.comment() == null ? "" : s.comment(), reasons, s.contentSha256(), s.metadataSha256())));
        }
        return csv.toString();
    }
}
