/**
 * The shared, content-addressed file store behind teaching resources ({@link org.ziyuanku.infrastructure.storage.BlobStore}):
 * files named by SHA-256 in a directory every cluster node mounts.
 */
package org.ziyuanku.infrastructure.storage;
