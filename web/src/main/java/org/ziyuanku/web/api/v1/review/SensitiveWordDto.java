package org.ziyuanku.web.api.v1.review;

import org.ziyuanku.service.review.SensitiveWordView;

/** A dictionary word; times in ISO-8601 local time. */
public record SensitiveWordDto(long id, String word, String category, String severity, String createdBy,
        String createdAt, String updatedAt) {

    static SensitiveWordDto of(SensitiveWordView view) {
        return new SensitiveWordDto(view.id(), view.word(), view.category().name(), view.severity().name(),
                view.createdBy(), view.createdAt().toString(), view.updatedAt().toString());
    }
}
