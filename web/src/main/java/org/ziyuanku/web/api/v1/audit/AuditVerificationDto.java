package org.ziyuanku.web.api.v1.audit;

/** The audit chain's state: intact or not, records checked, first broken record id (null when intact). */
public record AuditVerificationDto(boolean intact, long checked, Long firstBrokenId) {
}
