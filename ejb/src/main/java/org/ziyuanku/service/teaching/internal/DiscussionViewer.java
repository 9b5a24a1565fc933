package org.ziyuanku.service.teaching.internal;

import java.util.List;
import org.ziyuanku.domain.teaching.DiscussionStatus;
import org.ziyuanku.domain.teaching.DiscussionTopic;

/**
 * The caller as a participant of an offering's discussions: its staff (they moderate, and see every topic of their
 * classes and of the whole offering) or a learner of one class (they see that class's and the offering's topics).
 */
public record DiscussionViewer(long accountId, boolean staff, List<Long> classIds) {

    /** Whether the topic is for the viewer's class or classes, or for the whole offering. */
    public boolean reaches(DiscussionTopic topic) {
        return topic.getClassId() == null || classIds.contains(topic.getClassId());
    }

    /** Whether the viewer may read what was written: staff always, learners when visible or their own held text. */
    public boolean reads(DiscussionStatus status, long authorId) {
        return staff || status == DiscussionStatus.VISIBLE || status == DiscussionStatus.HELD && authorId == accountId;
    }
}
