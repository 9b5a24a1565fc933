/**
 * The security audit trail (安全审计): recording who did what, verifying that no record was changed or removed, and
 * searching and exporting records for the audit administrator.
 */
package org.ziyuanku.service.audit;
