package org.ziyuanku.service.review;

import java.io.Serializable;

/** Where a submission stands after a decision: its status and current level of how many. */
public record ReviewDecisionView(long submissionId, String status, int currentLevel, int levelCount)
        implements Serializable {
}
