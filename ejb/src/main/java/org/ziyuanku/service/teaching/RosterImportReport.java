package org.ziyuanku.service.teaching;

import java.io.Serializable;
import java.util.List;

/** The per-row report of a class roster import, with counts; {@code readable} false when the file was no workbook. */
public record RosterImportReport(boolean readable, int enrolled, int pending, int invalid, List<RosterRowResult> rows)
        implements Serializable {
}
