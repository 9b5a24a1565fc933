package org.ziyuanku.service.learning;

import java.io.Serializable;
import java.util.List;

/**
 * The learner's course page: the offering, their outline with per-item status, overall percent, and "continue": the
 * item and position to resume at ({@code continueNodeId} null before they started) and, when that item is a 积件, the
 * part ({@code continuePartId}; null for other items, or when the part is no longer playable).
 */
public record CourseProgressView(long offeringId, String title, String termCode, boolean enrolled, int completedItems,
        int totalItems, int percent, Long continueNodeId, Long continuePartId, long continuePositionMs,
        List<ItemStatusView> items)
        implements Serializable {
}
