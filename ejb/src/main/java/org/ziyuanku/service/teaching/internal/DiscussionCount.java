package org.ziyuanku.service.teaching.internal;

/** A count per id (replies per topic), as a typed query projection. */
public record DiscussionCount(Long id, Long count) {
}
