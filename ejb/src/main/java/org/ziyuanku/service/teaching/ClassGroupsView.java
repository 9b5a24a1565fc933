package org.ziyuanku.service.teaching;

import java.util.List;

/**
 * The groups of a class: whether self-signup is open, the groups with their members, the caller's own group (null
 * for staff and for a learner in none) and, for staff only, the ACTIVE learners in no group (empty for learners).
 */
public record ClassGroupsView(long classId, boolean signupOpen, List<ClassGroupView> groups, Long myGroupId,
        List<Long> ungrouped) {
}
