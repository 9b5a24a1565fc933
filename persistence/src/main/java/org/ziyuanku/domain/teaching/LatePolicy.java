package org.ziyuanku.domain.teaching;

/**
 * How a submission after the due time is treated: refused, accepted and marked late, or accepted with a percentage
 * off its score.
 */
public enum LatePolicy {
    REFUSE, ACCEPT_MARKED, ACCEPT_WITH_PENALTY
}
