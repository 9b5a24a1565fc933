package org.ziyuanku.service.learning;

import java.io.Serializable;
import java.util.List;

/**
 * The learner's course page: the offering, their outline with per-item status, overall percent, and "continue": the
 * item and position to resume at ({@code continueNodeId} null before they started).
 */
public record CourseProgressView(long offeringId, String title, String termCode, boolean enrolled, int completedItems,
        int totalItems, int percent, Long continueNodeId, long continuePositionMs, List<ItemStatusView> items)
        implements Serializable {
}
