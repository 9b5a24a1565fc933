package org.ziyuanku.service.review;

import java.io.Serializable;
import java.util.List;

/** The outcome of an import: how many words were stored, or (with nothing stored) every bad line. */
public record SensitiveWordImportReport(int imported, List<SensitiveWordLineError> errors) implements Serializable {

    public SensitiveWordImportReport {
        errors = List.copyOf(errors);
    }

    public boolean accepted() {
        return errors.isEmpty();
    }
}
