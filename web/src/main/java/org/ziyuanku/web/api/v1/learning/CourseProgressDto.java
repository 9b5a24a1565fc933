package org.ziyuanku.web.api.v1.learning;

import java.util.List;
import org.ziyuanku.service.learning.CourseProgressView;

/**
 * The caller's progress in an offering: overall, per item, and where "continue" resumes (the item, the part of a 积件
 * item, the position).
 */
public record CourseProgressDto(long offeringId, String title, String termCode, int completedItems, int totalItems,
        int percent, Long continueNodeId, Long continuePartId, long continuePositionMs, List<ItemProgressDto> items) {

    /** One item's status ({@code COMPLETED}, {@code PARTIAL}, {@code NOT_STARTED}) and percent. */
    public record ItemProgressDto(long nodeId, String module, String topic, String title, String status, int percent) {
    }

    static CourseProgressDto of(CourseProgressView v) {
        return new CourseProgressDto(v.offeringId(), v.title(), v.termCode(), v.completedItems(), v.totalItems(),
                v.percent(), v.continueNodeId(), v.continuePartId(), v.continuePositionMs(), v.items().stream()
                        .map(i -> new ItemProgressDto(i.nodeId(), i.moduleTitle(), i.topicTitle(), i.title(),
                                i.status(), i.percent())).toList());
    }
}
