package org.ziyuanku.web.api.v1.resource;

import java.time.LocalDateTime;
import org.ziyuanku.domain.resource.PreviewStatus;
import org.ziyuanku.service.resource.TeachingResourceView;

/**
 * A resource in the API: its attributes, what was recognised from its content, its counters and its content URL; its
 * version number, and for a new version of a published resource the id of that resource ({@code revisionOf}).
 */
public record TeachingResourceDto(long id, long libraryId, String libraryName, String standardName, String title,
        String description, String kind, String format, String mediaType, long sizeBytes, Integer durationSeconds,
        Integer pageCount, Integer width, Integer height, String major, String courseCode, String courseName,
        String moduleName, String knowledgePoints, String keywords, String source, String author, String unit,
        String licence, String language, String status, String sha256, LocalDateTime createdAt,
        LocalDateTime publishedAt, long views, long plays, long downloads, double rating, long ratingCount,
        String contentUrl, String thumbnailUrl, String previewStatus, String previewUrl, int version,
        Long revisionOf) {

    static TeachingResourceDto of(TeachingResourceView v) {
        return new TeachingResourceDto(v.id(), v.libraryId(), v.libraryName(), v.standardName(), v.title(),
                v.description(), v.kind().name(), v.format(), v.mediaType(), v.sizeBytes(), v.durationSeconds(),
                v.pageCount(), v.width(), v.height(), v.majorName(), v.courseCode(), v.courseName(), v.moduleName(),
                v.knowledgePoints(), v.keywords(), v.source().name(), v.authorName(), v.unitName(), v.licence(),
                v.language(), v.status().name(), v.sha256(), v.createdAt(), v.publishedAt(), v.counters().views(),
                v.counters().plays(), v.counters().downloads(), v.counters().ratingAverage(),
                v.counters().ratingCount(), "/api/v1/resources/" + v.id() + "/content",
                v.thumbnail() ? "/api/v1/resources/" + v.id() + "/thumbnail" : null, v.previewStatus().name(),
                v.previewStatus() == PreviewStatus.READY ? "/api/v1/resources/" + v.id() + "/preview" : null,
                v.resourceVersion(), v.revisionOfId());
    }
}
