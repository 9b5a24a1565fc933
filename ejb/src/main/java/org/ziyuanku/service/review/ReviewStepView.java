package org.ziyuanku.service.review;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * One step of a review record: submission, level, action, who (user name, name, role, unit), when, comment and
 * reasons per field, and the SHA-256 of the content and of the metadata of the version acted on.
 */
public record ReviewStepView(long submissionId, int subjectVersion, int level, String action, String username,
        String actorName, String role, String unit, LocalDateTime actedAt, String comment,
        Map<String, String> fieldReasons, String contentSha256, String metadataSha256) implements Serializable {
}
