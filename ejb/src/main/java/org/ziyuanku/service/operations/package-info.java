/**
 * Operations (运维): what the system administrator's operations page shows of the running platform: node health, the
 * newest backup runs, recent Jakarta Batch job executions, disk use of the shared file store and certificate expiry.
 * Uses backup and the system kernel; no other context uses it.
 */
package org.ziyuanku.service.operations;
