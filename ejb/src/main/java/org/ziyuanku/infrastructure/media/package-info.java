/**
 * Content inspection of uploaded teaching resources (资源内容检测): {@link org.ziyuanku.infrastructure.media.MediaProbe}
 * recognises a file by its bytes with Apache Tika, refuses programs, types outside the allowed set and names whose
 * extension does not fit the content, and reads plain text and technical metadata (pages, duration, size in
 * pixels); {@link org.ziyuanku.infrastructure.media.ArchiveInspector} checks a ZIP's central directory against
 * path traversal and decompression bombs before anything is extracted, and counts the bytes it really writes.
 * Refusals carry a reason enum, never a user message: the web tier translates them.
 */
package org.ziyuanku.infrastructure.media;
