package org.ziyuanku.domain.teaching;

/** An offering's life: prepared (DRAFT, staff only), open to learners (PUBLISHED), over (CLOSED, read only). */
public enum OfferingStatus {
    DRAFT, PUBLISHED, CLOSED
}
