package org.ziyuanku.web.api.v1.teaching;

import java.util.List;
import org.ziyuanku.service.teaching.ClassGroupsView;

/** The groups of a class, whether self-signup is open, the caller's group and (staff only) the learners in none. */
public record ClassGroupsDto(long classId, boolean signupOpen, List<GroupDto> groups, Long myGroupId,
        List<Long> ungrouped) {

    static ClassGroupsDto of(ClassGroupsView v) {
        return new ClassGroupsDto(v.classId(), v.signupOpen(), v.groups().stream().map(GroupDto::of).toList(),
                v.myGroupId(), v.ungrouped());
    }
}
