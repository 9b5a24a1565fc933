package org.ziyuanku.service.identity;

import java.io.Serializable;
import java.util.List;

/**
 * What one roster import did. An import is all or nothing: with any error nothing was stored, the counts are zero and
 * {@code errors} says which rows to correct.
 */
public record RosterImportReport(int added, int updated, int unchanged, List<RosterRowError> errors)
        implements Serializable {

    public RosterImportReport {
        errors = List.copyOf(errors);
    }

    public static RosterImportReport rejected(List<RosterRowError> errors) {
        return new RosterImportReport(0, 0, 0, errors);
    }

    /** Whether the roster was stored. */
    public boolean accepted() {
        return errors.isEmpty();
    }
}
