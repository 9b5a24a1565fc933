package org.ziyuanku.web.api.v1.review;

import java.util.List;
import org.ziyuanku.service.review.ReviewRecordView;

/**
 * The review record of a published resource in the API: the resource, the version learners see with the SHA-256 of
 * its stored file ({@code sha256}) and of its metadata, and every step, oldest first.
 */
public record ReviewRecordDto(long resourceId, String title, int version, String sha256, String metadataSha256,
        List<ReviewStepDto> steps) {

    public static ReviewRecordDto of(ReviewRecordView r) {
        return new ReviewRecordDto(r.subjectId(), r.title(), r.version(), r.contentSha256(), r.metadataSha256(),
                ReviewStepDto.of(r.steps()));
    }
}
