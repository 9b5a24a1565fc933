package org.ziyuanku.service.exam;

import java.nio.file.Path;

/** An image a question shows, as stored: its SHA-256 (its version, for caching), media type and file. */
public record QuestionImage(String sha256, String mediaType, Path file) {
}
