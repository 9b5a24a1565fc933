package org.ziyuanku.service.audit;

import java.io.Serializable;

/** The result of checking the audit chain: how many records were checked and the first broken one, if any. */
public record AuditVerification(long checked, Long firstBrokenId) implements Serializable {

    public boolean isIntact() {
        return firstBrokenId == null;
    }
}
