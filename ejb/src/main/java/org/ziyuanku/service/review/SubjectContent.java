package org.ziyuanku.service.review;

import java.nio.file.Path;

/**
 * The stored content of a reviewed subject's version (or its converted preview), as a subject type hands it to review:
 * review owns this type, so it imports none of its subjects' contexts.
 */
public record SubjectContent(long subjectId, Path file, String mediaType, long sizeBytes, String sha256,
        String downloadName, boolean downloadRequiresLogin) {
}
