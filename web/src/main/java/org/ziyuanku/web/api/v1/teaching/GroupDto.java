package org.ziyuanku.web.api.v1.teaching;

import java.util.List;
import org.ziyuanku.service.teaching.ClassGroupView;

/** A group of a class with its members; {@code maxSize} null: no maximum. */
public record GroupDto(long id, long classId, String name, Integer maxSize, int version, List<GroupMemberDto> members) {

    static GroupDto of(ClassGroupView v) {
        return new GroupDto(v.id(), v.classId(), v.name(), v.maxSize(), v.version(),
                v.members().stream().map(GroupMemberDto::of).toList());
    }
}
