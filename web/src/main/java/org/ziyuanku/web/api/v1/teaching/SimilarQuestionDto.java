package org.ziyuanku.web.api.v1.teaching;

import org.ziyuanku.service.teaching.SimilarQuestionView;

/** A question like the typed title: {@code similarity} 0 to 1 (character bigrams of the normalised titles). */
public record SimilarQuestionDto(long id, String title, String status, double similarity) {

    static SimilarQuestionDto of(SimilarQuestionView v) {
        return new SimilarQuestionDto(v.id(), v.title(), v.status(), Math.round(v.similarity() * 100) / 100.0);
    }
}
