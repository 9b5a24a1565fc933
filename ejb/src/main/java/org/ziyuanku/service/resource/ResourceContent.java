package org.ziyuanku.service.resource;

import java.nio.file.Path;

/**
 * Where a resource's bytes are and how to serve them; the web tier streams the file, ranges included.
 * {@code downloadRequiresLogin} is the library's setting: previews and playback stay open either way.
 */
public record ResourceContent(long resourceId, Path file, String mediaType, long sizeBytes, String sha256,
        String downloadName, boolean downloadRequiresLogin) {
}
