/**
 * Backups on the file system: the database dump (pg_dump without a shell), the incremental copy of the
 * content-addressed blob store, the SHA-256 manifest of a generation, and the timestamped generations kept.
 */
package org.ziyuanku.infrastructure.backup;
