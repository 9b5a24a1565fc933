package org.ziyuanku.service.review;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An open task in a reviewer's queue: the task (id, version, level of how many), the item (type, id, version, title,
 * kind, course, library), who submitted it and from which unit, when its level opened, the hashes of what was
 * submitted, the sensitive words flagged at submission, and whether it still waits for a decision.
 */
public record ReviewTaskView(long taskId, int taskVersion, int level, int levelCount, String rule, long submissionId,
        String subjectType, long subjectId, Long revisionId, int subjectVersion, String title, String kind,
        String course, long libraryId, String libraryName, String author, String unitName, LocalDateTime openedAt,
        long waitingHours, String contentSha256, String metadataSha256, List<String> flaggedWords, boolean open)
        implements Serializable {

    /** The flagged words as one text, for pages. */
    public String flaggedText() {
        return String.join("、", flaggedWords);
    }
}
