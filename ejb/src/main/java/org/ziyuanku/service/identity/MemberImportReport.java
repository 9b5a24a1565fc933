package org.ziyuanku.service.identity;

import java.io.Serializable;
import java.util.List;

/**
 * What an invitation or a bulk import did. Validation is all or nothing: with any bad row nothing is created and
 * {@code created} is empty. Creation goes row by row; when Keycloak fails on a row, that row is undone, the rows
 * before it stay created (they are in {@code created}) and the error names the failed row: the report is then
 * {@link #partial()}.
 */
public record MemberImportReport(List<String> created, List<RosterRowError> errors, boolean interrupted)
        implements Serializable {

    public MemberImportReport {
        created = List.copyOf(created);
        errors = List.copyOf(errors);
    }

    public static MemberImportReport rejected(List<RosterRowError> errors) {
        return new MemberImportReport(List.of(), errors, false);
    }

    /** Whether every person was created and e-mailed. */
    public boolean accepted() {
        return errors.isEmpty();
    }

    /** Whether Keycloak failed during creation: the people in {@code created} exist, the others do not. */
    public boolean partial() {
        return interrupted;
    }
}
