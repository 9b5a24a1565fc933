package org.ziyuanku.domain.review;

/** What a reviewer decides at their level. */
public enum ReviewDecision {
    APPROVE, REJECT
}
