package org.ziyuanku.domain.resource;

/**
 * Where a resource stands in its life: a draft, under tiered review, returned by a reviewer to its author, published,
 * or taken down (下架) after publication. Only a published resource is ever shown to learners or anonymous visitors.
 */
public enum ResourceStatus {
    DRAFT, IN_REVIEW, REJECTED, PUBLISHED, WITHDRAWN
}
