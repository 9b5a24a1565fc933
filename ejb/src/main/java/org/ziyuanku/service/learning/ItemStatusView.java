package org.ziyuanku.service.learning;

import java.io.Serializable;

/**
 * One item of the learner's outline: module, topic, title, its status ({@code COMPLETED}, {@code PARTIAL},
 * {@code NOT_STARTED}) and percent.
 */
public record ItemStatusView(long nodeId, String moduleTitle, String topicTitle, String title, String status,
        int percent, boolean trial) implements Serializable {

    public static final String COMPLETED = "COMPLETED";
    public static final String PARTIAL = "PARTIAL";
    public static final String NOT_STARTED = "NOT_STARTED";
}
