package org.ziyuanku.service.resource;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.ziyuanku.domain.resource.PreviewStatus;
import org.ziyuanku.domain.resource.ResourceKind;
import org.ziyuanku.domain.resource.ResourceSource;
import org.ziyuanku.domain.resource.ResourceStatus;

/**
 * A resource as pages and the API show it, with its counters; {@code resourceVersion} counts its published versions,
 * and {@code revisionOfId} names the published resource this is a new version of (null for a resource of its own).
 */
public record TeachingResourceView(long id, long libraryId, String libraryName, String standardName, String title,
        String description, ResourceKind kind, String format, String mediaType, long sizeBytes, Integer durationSeconds,
        Integer pageCount, Integer width, Integer height, String majorName, String courseCode, String courseName,
        String moduleName, String knowledgePoints, String keywords, ResourceSource source, String authorName,
        String unitName, String licence, String language, ResourceStatus status, String sha256, boolean thumbnail,
        PreviewStatus previewStatus, String previewMediaType,
        String originalFilename, LocalDateTime createdAt, LocalDateTime publishedAt, ResourceCountersView counters,
        int resourceVersion, Long revisionOfId)
        implements Serializable {
}
