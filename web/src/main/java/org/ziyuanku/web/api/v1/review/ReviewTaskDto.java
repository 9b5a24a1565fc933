package org.ziyuanku.web.api.v1.review;

import java.time.LocalDateTime;
import java.util.List;
import org.ziyuanku.service.review.ReviewTaskView;

/** An open task of a reviewer's queue in the API (the fields of {@link ReviewTaskView}). */
public record ReviewTaskDto(long taskId, int taskVersion, int level, int levelCount, String rule, long submissionId,
        String subjectType, long subjectId, Long revisionId, int subjectVersion, String title, String kind,
        String course, long libraryId, String libraryName, String author, String unitName, LocalDateTime openedAt,
        long waitingHours, String contentSha256, String metadataSha256, List<String> flaggedWords, boolean open) {

    public static ReviewTaskDto of(ReviewTaskView t) {
        return new ReviewTaskDto(t.taskId(), t.taskVersion(), t.level(), t.levelCount(), t.rule(), t.submissionId(),
                t.subjectType(), t.subjectId(), t.revisionId(), t.subjectVersion(), t.title(), t.kind(), t.course(),
                t.libraryId(), t.libraryName(), t.author(), t.unitName(), t.openedAt(), t.waitingHours(),
                t.contentSha256(), t.metadataSha256(), t.flaggedWords(), t.open());
    }
}
