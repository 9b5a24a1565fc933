package org.ziyuanku.service.teaching;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * An offering's discussions as the caller sees them: the offering's title, whether the caller is its staff, the names
 * of the caller's classes (staff may start a topic in any of them, a learner in theirs) and the topics.
 */
public record DiscussionBoardView(long offeringId, String offeringTitle, boolean staff, Map<Long, String> classes,
        List<DiscussionTopicView> topics) implements Serializable {
}
