package org.ziyuanku.web.api.v1.review;

import java.util.Map;

/**
 * A reviewer's decision: {@code APPROVE} or {@code REJECT}, a comment, reasons per field ({@code TITLE},
 * {@code CONTENT} …), and the task version and metadata hash the reviewer saw (optional; a mismatch is refused).
 */
public record ReviewDecisionDto(String decision, String comment, Map<String, String> fieldReasons, Integer version,
        String metadataSha256) {
}
