package org.ziyuanku.domain.audit;

/** How an audited action ended. */
public enum AuditOutcome {
    SUCCESS,
    FAILURE,
    DENIED
}
