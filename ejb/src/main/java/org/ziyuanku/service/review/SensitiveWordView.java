package org.ziyuanku.service.review;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.ziyuanku.domain.review.SensitiveWordCategory;
import org.ziyuanku.domain.review.SensitiveWordSeverity;

/** A dictionary word as the back office lists it. */
public record SensitiveWordView(long id, String word, SensitiveWordCategory category, SensitiveWordSeverity severity,
        String createdBy, LocalDateTime createdAt, LocalDateTime updatedAt) implements Serializable {
}
