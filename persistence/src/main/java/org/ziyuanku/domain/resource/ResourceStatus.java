package org.ziyuanku.domain.resource;

/** Where a resource stands in its life: only a published resource is ever shown to learners or anonymous visitors. */
public enum ResourceStatus {
    DRAFT, IN_REVIEW, PUBLISHED, WITHDRAWN
}
