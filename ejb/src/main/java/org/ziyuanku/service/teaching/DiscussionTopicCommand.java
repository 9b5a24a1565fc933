package org.ziyuanku.service.teaching;

import java.io.Serializable;

/** A new discussion topic: for one class ({@code classId}) or the whole offering, optionally about one course item. */
public record DiscussionTopicCommand(Long classId, Long nodeId, String title, String body) implements Serializable {
}
