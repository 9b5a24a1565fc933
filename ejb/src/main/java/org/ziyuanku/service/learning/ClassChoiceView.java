package org.ziyuanku.service.learning;

import java.io.Serializable;

/** A class the caller teaches, assists or owns the offering of: class, offering and the caller's role there. */
public record ClassChoiceView(long classId, String className, long offeringId, String offeringTitle, String termCode,
        String role) implements Serializable {

    private static final long serialVersionUID = 1L;
}
