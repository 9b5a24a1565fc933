package org.ziyuanku.service.teaching;

import java.util.List;

/** A group of a class with its members and optimistic-lock version; {@code maxSize} null: no maximum. */
public record ClassGroupView(long id, long classId, String name, Integer maxSize, int version,
        List<GroupMemberView> members) {
}
