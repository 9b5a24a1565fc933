package org.ziyuanku.web.api.v1.teaching;

import org.ziyuanku.service.teaching.GroupMemberView;

/** A member of a class group. */
public record GroupMemberDto(long learnerId, String username, String name) {

    static GroupMemberDto of(GroupMemberView v) {
        return new GroupMemberDto(v.learnerId(), v.username(), v.name());
    }
}
