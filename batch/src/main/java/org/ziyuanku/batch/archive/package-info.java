/** The {@code audit-archive} job: moves old audit records into signed archive files and removes old notifications. */
package org.ziyuanku.batch.archive;
