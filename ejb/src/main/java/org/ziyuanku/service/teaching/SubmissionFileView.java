package org.ziyuanku.service.teaching;

/** A submitted file: its name, detected type, size and content hash. */
public record SubmissionFileView(String filename, String mediaType, long sizeBytes, String sha256) {
}
