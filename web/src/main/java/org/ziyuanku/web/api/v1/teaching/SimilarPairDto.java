package org.ziyuanku.web.api.v1.teaching;

import org.ziyuanku.service.teaching.SimilarPairView;

/** Two submissions of the same class flagged as similar (疑似雷同): each with its learner, and the similarity %. */
public record SimilarPairDto(Party first, Party second, int percent) {

    /** One side: the submission and its learner. */
    public record Party(long submissionId, String username, String displayName) {
    }

    static SimilarPairDto of(SimilarPairView p) {
        return new SimilarPairDto(new Party(p.firstSubmissionId(), p.firstUsername(), p.firstName()),
                new Party(p.secondSubmissionId(), p.secondUsername(), p.secondName()), p.percent());
    }
}
