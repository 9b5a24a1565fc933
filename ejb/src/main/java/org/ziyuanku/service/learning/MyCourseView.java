package org.ziyuanku.service.learning;

import java.io.Serializable;

/** An offering the learner is enrolled in, with their overall progress (completed items of visible items). */
public record MyCourseView(long offeringId, String title, String termCode, int completedItems, int totalItems,
        int percent) implements Serializable {
}
