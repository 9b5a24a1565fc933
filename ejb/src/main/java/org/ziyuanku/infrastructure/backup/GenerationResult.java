package org.ziyuanku.infrastructure.backup;

import java.nio.file.Path;

/** A written generation: its folder, total size, the manifest's SHA-256, and stored files copied and taken over. */
public record GenerationResult(Path generation, long size, String manifestSha256, int blobsCopied, int blobsLinked) {
}
