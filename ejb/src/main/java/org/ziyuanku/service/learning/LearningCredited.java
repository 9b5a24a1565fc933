package org.ziyuanku.service.learning;

/**
 * Fired (CDI event, inside the transaction) when a beat of an enrolled learner earned verified learning time:
 * {@code creditedSeconds} new covered seconds of the course item, and {@code completed} when this beat completed it
 * for the first time. Incentives observe it to award points.
 */
public record LearningCredited(long learnerId, long offeringNodeId, long creditedSeconds, boolean completed) {
}
