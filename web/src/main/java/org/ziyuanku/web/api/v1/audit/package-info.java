/** {@code /api/v1/audit}: the audit administrator's view of the audit trail. */
package org.ziyuanku.web.api.v1.audit;
