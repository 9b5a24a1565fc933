package org.ziyuanku.service.resource;

import java.io.Serializable;

/**
 * A resource as a course item that references it sees it now: title, kind, media type, duration and pages, its
 * status and whether it is available (published and not in the recycle bin), its version and library.
 */
public record ReferencedResource(long id, String title, String kind, String mediaType, Integer durationSeconds,
        Integer pages, String status, boolean available, int resourceVersion, long libraryId, String libraryName)
        implements Serializable {
}
