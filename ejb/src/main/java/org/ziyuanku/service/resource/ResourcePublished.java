package org.ziyuanku.service.resource;

/**
 * Fired (CDI event, inside the transaction) when a resource passed the last level of review: {@code first} when it is
 * published for the first time (not a revision of a published one); {@code uploaderId} uploaded it. Incentives
 * observe it to award points.
 */
public record ResourcePublished(long resourceId, long libraryId, long uploaderId, boolean first) {
}
