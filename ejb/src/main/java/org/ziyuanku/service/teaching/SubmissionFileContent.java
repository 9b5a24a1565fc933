package org.ziyuanku.service.teaching;

import java.nio.file.Path;

/**
 * Where a homework file's bytes are and how to serve them: the stored file (read only), its detected type, size and
 * SHA-256, and the name to download it under (the learner's own name for it, or a neutral one for a peer reviewer).
 */
public record SubmissionFileContent(long submissionId, Path file, String mediaType, long sizeBytes, String sha256,
        String downloadName) {
}
