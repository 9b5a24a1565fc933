/**
 * Audit archive files on the file system: where they go and how long records stay live ({@link ArchiveSettings}),
 * writing and reading them as JSON lines ({@link ArchiveFile}), and signing them ({@link ArchiveSigner}).
 */
package org.ziyuanku.infrastructure.archive;
