package org.ziyuanku.service.resource;

/**
 * Fired (CDI event, inside the transaction that does it) when a published resource stops being public: taken down
 * (下架) or moved to the recycle bin. Courses observe it to show the items unavailable and tell their teams.
 */
public record ResourceWithdrawn(long resourceId, String title) {
}
