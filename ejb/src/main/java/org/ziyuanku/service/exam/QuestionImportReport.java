package org.ziyuanku.service.exam;

import java.io.Serializable;
import java.util.List;

/**
 * The per-question report of an import (issue 15 item 2): what was stored, rejected with the reason, or flagged as a
 * duplicate. {@code committed} is false when an all-or-nothing import found a problem and stored nothing.
 */
public record QuestionImportReport(QuestionFileFormat format, boolean allOrNothing, boolean committed,
        List<QuestionImportRow> rows) implements Serializable {

    private static final long serialVersionUID = 1L;

    public QuestionImportReport {
        rows = List.copyOf(rows);
    }

    public long count(QuestionImportOutcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** How many questions were stored: the accepted ones, or none when the import was rolled back. */
    public long stored() {
        return committed ? count(QuestionImportOutcome.ACCEPTED) : 0;
    }
}
