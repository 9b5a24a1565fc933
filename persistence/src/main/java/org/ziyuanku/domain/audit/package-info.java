/** The security audit log (安全审计): append-only records, each carrying the hash of the one before it. */
package org.ziyuanku.domain.audit;
