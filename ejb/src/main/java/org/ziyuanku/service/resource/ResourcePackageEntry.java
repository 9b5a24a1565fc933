package org.ziyuanku.service.resource;

import java.nio.file.Path;

/** One file inside a virtual simulation package: the package's stored zip, the entry, its media type and size. */
public record ResourcePackageEntry(long resourceId, Path zip, String entryName, String mediaType, long sizeBytes) {
}
