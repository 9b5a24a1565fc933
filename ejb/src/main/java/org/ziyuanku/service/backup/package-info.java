/**
 * Backups (备份): the nightly and on-demand runs of the {@code backup} job, their history, the audit and the
 * notification of a failure. Uses identity, audit and the system kernel; no other context uses it.
 */
package org.ziyuanku.service.backup;
