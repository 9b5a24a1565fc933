package org.ziyuanku.service.teaching.internal;

import org.ziyuanku.domain.teaching.DiscussionTopic;

/** A topic the caller may read, and who the caller is to its offering. */
public record SeenTopic(DiscussionTopic topic, DiscussionViewer viewer) {
}
