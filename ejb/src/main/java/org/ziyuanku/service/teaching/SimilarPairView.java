package org.ziyuanku.service.teaching;

/**
 * Two submissions of one homework, in the same class, whose texts look copied from each other (疑似雷同), for the
 * homework's staff only: both learners and the similarity in whole percent (rounded down).
 */
public record SimilarPairView(long firstSubmissionId, String firstUsername, String firstName,
        long secondSubmissionId, String secondUsername, String secondName, int percent) {
}
