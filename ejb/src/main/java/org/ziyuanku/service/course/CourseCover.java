package org.ziyuanku.service.course;

import java.nio.file.Path;

/** A course's cover as stored: the PNG's SHA-256 (its version, for caching) and its file in the shared store. */
public record CourseCover(String sha256, Path file) {
}
