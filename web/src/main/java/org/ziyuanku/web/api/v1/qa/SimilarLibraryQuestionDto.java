package org.ziyuanku.web.api.v1.qa;

import org.ziyuanku.service.qa.SimilarLibraryQuestionView;

/** An answered question like the typed text; {@code close}: offer it before posting. */
public record SimilarLibraryQuestionDto(long id, Long resourceId, String title, String bestAnswer, double similarity,
        boolean close) {

    static SimilarLibraryQuestionDto of(SimilarLibraryQuestionView v) {
        return new SimilarLibraryQuestionDto(v.id(), v.resourceId(), v.title(), v.bestAnswer(), v.similarity(),
                v.close());
    }
}
