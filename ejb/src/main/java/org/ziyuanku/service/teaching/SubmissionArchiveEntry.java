package org.ziyuanku.service.teaching;

import java.nio.file.Path;

/** One file of the "all files" archive: its path in the archive ({@code <learner> (<username>)/<n>-<name>}). */
public record SubmissionArchiveEntry(String name, Path file, long sizeBytes) {
}
