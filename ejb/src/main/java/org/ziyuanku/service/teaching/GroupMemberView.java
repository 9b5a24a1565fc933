package org.ziyuanku.service.teaching;

/** A member of a class group: the group, the learner's id, username and name. */
public record GroupMemberView(long groupId, long learnerId, String username, String name) {
}
