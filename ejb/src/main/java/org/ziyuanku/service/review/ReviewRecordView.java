package org.ziyuanku.service.review;

import java.io.Serializable;
import java.util.List;

/**
 * The review record of a published item (资源审核记录): the item, the version learners see with its content and
 * metadata hashes, and every step of every submission, oldest first.
 */
public record ReviewRecordView(String subjectType, long subjectId, String title, int version, String contentSha256,
        String metadataSha256, List<ReviewStepView> steps) implements Serializable {
}
